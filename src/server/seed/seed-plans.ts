import { faker } from '@faker-js/faker/locale/nl';
import type { z } from 'zod';
import { ageOn } from '../../contracts/bsn';
import type { GoalDomain, PlanView } from '../../contracts/plans';
import type { Sql } from '../db/database';
import { tenantDomains } from '../features/zrm/zrm-domains';
import { newId } from '../platform/ids';
import { insertColumns } from './seed-households';

const SEED_TODAY = new Date('2026-11-01T00:00:00Z');
const DAY = 86_400_000;

// Goals in the family's own words, by whom they belong to.
type Domain = z.infer<typeof GoalDomain>;
const CHILD_GOALS: [Domain, string][] = [
  ['school_work', 'Ik wil weer met plezier naar school'], ['school_work', 'Elke dag op tijd op school zijn'], ['school_work', 'Ik wil mijn huiswerk zelf plannen'],
  ['school_work', 'Een stageplek vinden die bij me past'], ['leisure_friends', 'Ik wil op voetbal bij de club in de buurt'], ['leisure_friends', 'Meer vrienden maken in de wijk'],
  ['leisure_friends', 'Minder gamen en vaker naar buiten'], ['health', 'Beter slapen, zodat ik fit ben op school'], ['health', 'Minder piekeren'], ['safety', 'Me veilig voelen op weg naar school'],
];
const PARENT_GOALS: [Domain, string][] = [
  ['money', 'Overzicht krijgen over onze schulden'], ['money', 'Elke maand de huur op tijd betalen'], ['home', 'Rustig blijven als de kinderen ruzie maken'],
  ['school_work', 'Weer werk vinden, een paar dagen per week'], ['leisure_friends', 'Meer mensen om me heen die ik kan bellen'], ['health', 'Weer energie hebben voor de kinderen'],
];
const HOUSEHOLD_GOALS: [Domain, string][] = [
  ['home', 'Samen eten zonder ruzie'], ['home', 'Een vaste avondroutine voor de kinderen'], ['home', 'Een huis met een eigen kamer voor de oudste'],
  ['safety', 'Thuis moet het veilig zijn voor iedereen'], ['leisure_friends', 'Eén keer per week samen iets leuks doen'],
];
const FAMILY_ACTIONS = ['Elke ochtend samen ontbijten', 'Een weekplanning op de koelkast hangen', 'Samen naar de open dag van de club', 'Elke zondag de week doorpraten'];
const NETWORK_ACTIONS = ['Op woensdag naar voetbal brengen', 'Meekijken met de post en de rekeningen', 'Eén middag per week oppassen', 'Samen huiswerk maken op dinsdag'];
const NETWORK_OWNERS = ['Oma', 'Opa', 'Buurvrouw Els', 'Oom Ahmed', 'Tante Ria', 'Trainer van de voetbalclub', 'Mentor op school'];
const PROFESSIONAL_ACTIONS = ['Gesprek met de mentor plannen', 'Samen de aanvraag voor toeslagen invullen', 'Huisbezoek om het plan te bespreken'];
const SERVICES = ['Schuldhulp Voorbeeld', 'Buurthuis De Linde', 'Jeugdhulp Voorbeeld', 'Sportclub VV Voorbeeld', 'Huiswerkklas De Brug'];
const TIES: { name: string; kind: string; support: string; adult: boolean }[] = [
  { name: 'Oma Ria', kind: 'family', support: 'Past op woensdag op de kinderen', adult: true }, { name: 'Oom Ahmed', kind: 'family', support: 'Helpt met de post', adult: true },
  { name: 'Buurvrouw Els', kind: 'neighbour', support: 'Springt bij als het thuis druk is', adult: true }, { name: 'Trainer Joost', kind: 'sports_coach', support: 'Ziet de oudste drie keer per week', adult: true },
  { name: 'Juf Fatima', kind: 'teacher', support: 'Houdt contact met moeder over school', adult: true }, { name: 'Sem', kind: 'friend', support: 'Beste vriend, samen gamen', adult: false },
  { name: 'Huisarts', kind: 'professional', support: 'Kent het gezin al lang', adult: false }, { name: 'Vriendin van moeder', kind: 'friend', support: 'Om mee te praten', adult: true },
];
const CONTACT_NOTES = ['Goed gesprek aan de keukentafel over het plan.', 'Samen de week doorgenomen; afspraken lopen.', 'Kort telefonisch contact over school.', 'Overleg met de mentor over verzuim.', 'Moeder was moe; volgende week opnieuw.'];
const CONTACT_MINUTES: Record<string, [number, number]> = { home_visit: [45, 90], school: [30, 60], phone: [10, 30], video: [20, 45], outreach: [15, 60], consultation: [30, 60] };

interface Member { id: string; given_name: string; birth_date: string; role: string }
interface Household { id: string; registered_at: Date; coordinator: string; members: Member[] }

export interface PlanSeedSummary { plans: number; goals: number; contacts: number; zrmAssessments: number }

const day = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY);
const between = (from: Date, to: Date): Date => new Date(faker.number.int({ min: from.getTime(), max: Math.max(from.getTime(), to.getTime()) }));

class Rows {
  readonly tables = new Map<string, unknown[][]>();
  add(table: string, row: unknown[]): void {
    const rows = this.tables.get(table);
    if (rows) rows.push(row);
    else this.tables.set(table, [row]);
  }
  count(table: string): number {
    return this.tables.get(table)?.length ?? 0;
  }
}

/**
 * The plan side of the demo: most active households get a plan with 1–4 goals in their own words,
 * ratings over time, actions owned by the family and network first, contacts over the past year,
 * ZRM history for the adults, a network, and some safety maps and care decisions. Deterministic by
 * seed. The first household of each team is left a fresh case (nothing on the plan side yet).
 */
export async function seedDemoPlans(sql: Sql, input: { tenantId: string; seed: number }): Promise<PlanSeedSummary> {
  faker.seed(input.seed + 4);
  const domainKeys = (await tenantDomains(sql, input.tenantId)).map((d) => d.key);
  const rows = new Rows();
  for (const household of await activeHouseholds(sql)) {
    seedNetwork(rows, household);
    seedContacts(rows, household);
    seedZrm(rows, household, domainKeys);
    if (faker.number.int({ min: 1, max: 100 }) <= 85) seedPlan(rows, household);
    if (faker.number.int({ min: 1, max: 100 }) <= 15) seedSafetyMaps(rows, household);
    if (faker.number.int({ min: 1, max: 100 }) <= 10) seedCareDecisions(rows, household);
  }
  const t = (name: string, types: string[]) => insertColumns(sql, input.tenantId, name, types, rows.tables.get(name.split(' ')[0]!) ?? []);
  await t('plans (tenant_id, id, household_id, version, created_at, updated_at)', ['uuid', 'uuid', 'int', 'timestamptz', 'timestamptz']);
  await t('goals (tenant_id, id, plan_id, household_id, person_id, domain, own_words, created_by, created_at, updated_at)', ['uuid', 'uuid', 'uuid', 'uuid', 'text', 'text', 'uuid', 'timestamptz', 'timestamptz']);
  await t('goal_ratings (tenant_id, id, goal_id, rating, rated_by_person_id, rated_at, recorded_by)', ['uuid', 'uuid', 'int', 'uuid', 'timestamptz', 'uuid']);
  await t('plan_actions (tenant_id, id, goal_id, household_id, description, owner_kind, owner_name, due_on, done_at, created_at)', ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'date', 'timestamptz', 'timestamptz']);
  await t('plan_meetings (tenant_id, id, plan_id, household_id, met_on, snapshot, agreed_by, created_by, created_at)', ['uuid', 'uuid', 'uuid', 'date', 'jsonb', 'jsonb', 'uuid', 'timestamptz']);
  await t('network_ties (tenant_id, id, household_id, person_id, name, kind, strength, support, meaningful_adult)', ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'text', 'boolean']);
  await t('contacts (tenant_id, id, household_id, occurred_on, kind, participants, minutes, note, sensitive, created_by, created_at)', ['uuid', 'uuid', 'date', 'text', 'text', 'int', 'text', 'boolean', 'uuid', 'timestamptz']);
  await t('zrm_assessments (tenant_id, id, household_id, person_id, assessed_on, scores, created_by, created_at)', ['uuid', 'uuid', 'uuid', 'date', 'jsonb', 'uuid', 'timestamptz']);
  await t('safety_maps (tenant_id, id, household_id, version, harm, danger, complicating_factors, working_well, needs_to_happen, scale_family, scale_coach, scale_network, danger_statements, safety_goals, created_by, created_at)',
    ['uuid', 'uuid', 'int', 'text', 'text', 'text', 'text', 'text', 'int', 'int', 'int', 'text', 'text', 'uuid', 'timestamptz']);
  await t('care_decisions (tenant_id, id, household_id, person_id, direction, provider, product_category, starts_on, ends_on, volume, created_by, created_at)',
    ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'date', 'date', 'text', 'uuid', 'timestamptz']);
  return { plans: rows.count('plans'), goals: rows.count('goals'), contacts: rows.count('contacts'), zrmAssessments: rows.count('zrm_assessments') };
}

/** Active households with their coordinator and members, in the order they were made, minus each team's first. */
async function activeHouseholds(sql: Sql): Promise<Household[]> {
  return sql.query<Household>(
    `select h.id, h.registered_at, cm.user_id as coordinator,
            coalesce((select json_agg(json_build_object('id', p.id, 'given_name', p.given_name, 'birth_date', p.birth_date, 'role', p.role) order by p.birth_date, p.id)
               from persons p where p.tenant_id = h.tenant_id and p.household_id = h.id), '[]') as members
       from (select h.*, row_number() over (partition by h.team_id order by h.id) as n from households h where h.tenant_id = app_tenant_id()) h
       join case_members cm on cm.tenant_id = h.tenant_id and cm.household_id = h.id and cm.role = 'coordinator'
      where h.status = 'active' and h.n > 1 and h.registered_at < $1
      order by h.id`,
    [addDays(SEED_TODAY, -21)],
  );
}

const adultsOn = (h: Household, on: Date) => h.members.filter((m) => ageOn(m.birth_date, day(on)) >= 18);
const childrenOver = (h: Household, years: number) => h.members.filter((m) => ageOn(m.birth_date, day(SEED_TODAY)) >= years && ageOn(m.birth_date, day(SEED_TODAY)) < 18);

function seedPlan(rows: Rows, h: Household): void {
  const planId = newId();
  const start = between(addDays(h.registered_at, 7), addDays(h.registered_at, 21));
  const parent = adultsOn(h, start)[0];
  const goals: PlanView['goals'] = [];
  const goalCreated = new Map<string, Date>();
  let changes = 0;
  for (let g = faker.number.int({ min: 1, max: 4 }); g > 0; g--) {
    const child = faker.helpers.arrayElement([...childrenOver(h, 8), undefined]);
    const [pool, person] = child ? [CHILD_GOALS, child] : parent && faker.datatype.boolean() ? [PARENT_GOALS, parent] : [HOUSEHOLD_GOALS, undefined];
    const [domain, ownWords] = faker.helpers.arrayElement(pool);
    if (goals.some((x) => x.ownWords === ownWords)) continue;
    const id = newId();
    const created = between(start, addDays(start, 14));
    goalCreated.set(id, created);
    rows.add('goals', [id, planId, h.id, person?.id ?? null, domain, ownWords, h.coordinator, created, created]);
    const goal: PlanView['goals'][number] = { id, personId: person?.id ?? null, domain, ownWords, status: 'open', evaluation: null, version: 1, ratings: [], actions: [] };
    let rating = faker.number.int({ min: 2, max: 5 });
    const ratings = faker.number.int({ min: 1, max: 5 });
    for (let r = 0; r < ratings; r++) {
      const at = new Date(created.getTime() + ((SEED_TODAY.getTime() - created.getTime()) * r) / ratings);
      const ratingId = newId();
      rows.add('goal_ratings', [ratingId, id, rating, person?.id ?? null, at, h.coordinator]);
      goal.ratings.push({ id: ratingId, rating, ratedByPersonId: person?.id ?? null, note: null, ratedAt: at.toISOString() });
      rating = Math.max(0, Math.min(10, rating + faker.number.int({ min: -1, max: 2 })));
    }
    for (let a = faker.number.int({ min: 1, max: 3 }); a > 0; a--) goal.actions.push(seedAction(rows, h, goal, created, parent?.given_name ?? 'Ouder'));
    changes += 1 + goal.ratings.length + goal.actions.length;
    goals.push(goal);
  }
  const plan: PlanView = { id: planId, householdId: h.id, status: 'active', version: changes + 1, goals, createdAt: start.toISOString(), updatedAt: SEED_TODAY.toISOString() };
  const metOn = addDays(start, 21);
  if (metOn < SEED_TODAY && faker.number.int({ min: 1, max: 10 }) <= 6) {
    const agreed: PlanView = {
      ...plan, version: 1 + goals.length,
      goals: goals.map((g) => ({ ...g, ratings: g.ratings.filter((r) => new Date(r.ratedAt) <= metOn), actions: g.actions.map((a) => ({ ...a, doneAt: a.doneAt && new Date(a.doneAt) <= metOn ? a.doneAt : null })) })),
    };
    const agreedBy = [...h.members.filter((m) => ageOn(m.birth_date, day(metOn)) >= 12).map((m) => m.given_name), 'Jeugd- en gezinscoach'];
    rows.add('plan_meetings', [newId(), planId, h.id, day(metOn), JSON.stringify(agreed), JSON.stringify(agreedBy), h.coordinator, metOn]);
    plan.version += 1;
  }
  rows.add('plans', [planId, h.id, plan.version, start, SEED_TODAY]);
}

function seedAction(rows: Rows, h: Household, goal: PlanView['goals'][number], created: Date, parentName: string): PlanView['goals'][number]['actions'][number] {
  const ownerKind = faker.helpers.weightedArrayElement([{ weight: 4, value: 'family' }, { weight: 3, value: 'network' }, { weight: 2, value: 'professional' }, { weight: 1, value: 'service' }] as const);
  const [description, ownerName]: [string, string] = {
    family: (): [string, string] => [faker.helpers.arrayElement(FAMILY_ACTIONS), parentName],
    network: (): [string, string] => [faker.helpers.arrayElement(NETWORK_ACTIONS), faker.helpers.arrayElement(NETWORK_OWNERS)],
    professional: (): [string, string] => [faker.helpers.arrayElement(PROFESSIONAL_ACTIONS), 'Jeugd- en gezinscoach'],
    service: (): [string, string] => ['Aanmelden en kennismaken', faker.helpers.arrayElement(SERVICES)],
  }[ownerKind]();
  const due = addDays(created, faker.number.int({ min: 14, max: 150 }));
  const done = due < SEED_TODAY && faker.number.int({ min: 1, max: 10 }) <= 7 ? addDays(due, -faker.number.int({ min: 0, max: 7 })) : null;
  const id = newId();
  rows.add('plan_actions', [id, goal.id, h.id, description, ownerKind, ownerName, day(due), done, created]);
  return { id, goalId: goal.id, description, ownerKind, ownerName, dueOn: day(due), doneAt: done?.toISOString() ?? null, version: 1 };
}

function seedNetwork(rows: Rows, h: Household): void {
  const children = childrenOver(h, 0);
  for (const tie of faker.helpers.arrayElements(TIES, { min: 2, max: 5 })) {
    const forPerson = tie.kind === 'sports_coach' || tie.kind === 'teacher' || tie.kind === 'friend' ? faker.helpers.arrayElement([...children, undefined]) : undefined;
    const strength = faker.helpers.weightedArrayElement([{ weight: 3, value: 'strong' }, { weight: 4, value: 'normal' }, { weight: 2, value: 'weak' }, { weight: 1, value: 'strained' }]);
    rows.add('network_ties', [newId(), h.id, forPerson?.id ?? null, tie.name, tie.kind, strength, tie.support, tie.adult && strength !== 'strained' && faker.datatype.boolean({ probability: 0.7 })]);
  }
}

function seedContacts(rows: Rows, h: Household): void {
  const from = new Date(Math.max(h.registered_at.getTime(), addDays(SEED_TODAY, -365).getTime()));
  for (let c = faker.number.int({ min: 3, max: 12 }); c > 0; c--) {
    const kind = faker.helpers.weightedArrayElement([{ weight: 4, value: 'home_visit' }, { weight: 3, value: 'phone' }, { weight: 1, value: 'school' }, { weight: 1, value: 'video' }, { weight: 1, value: 'consultation' }]);
    const [min, max] = CONTACT_MINUTES[kind]!;
    const on = between(from, addDays(SEED_TODAY, -1));
    const sensitive = faker.number.int({ min: 1, max: 10 }) === 1;
    const note = sensitive ? 'Vertrouwelijk: zorgen over de veiligheid thuis besproken met moeder.' : faker.helpers.arrayElement(CONTACT_NOTES);
    rows.add('contacts', [newId(), h.id, day(on), kind, h.members.map((m) => m.given_name).slice(0, 2).join(', '), faker.number.int({ min, max }), note, sensitive, h.coordinator, on]);
  }
}

function seedZrm(rows: Rows, h: Household, domainKeys: string[]): void {
  for (const adult of adultsOn(h, h.registered_at)) {
    let on = addDays(h.registered_at, faker.number.int({ min: 7, max: 30 }));
    let scores: Record<string, number> = Object.fromEntries(domainKeys.map((k) => [k, faker.helpers.weightedArrayElement([{ weight: 1, value: 1 }, { weight: 3, value: 2 }, { weight: 4, value: 3 }, { weight: 3, value: 4 }, { weight: 1, value: 5 }])]));
    for (let n = faker.number.int({ min: 2, max: 4 }); n > 0 && on < SEED_TODAY; n--) {
      rows.add('zrm_assessments', [newId(), h.id, adult.id, day(on), JSON.stringify(scores), h.coordinator, on]);
      scores = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Math.min(5, v + (faker.number.int({ min: 1, max: 3 }) === 1 ? 1 : 0))]));
      on = addDays(on, faker.number.int({ min: 60, max: 120 }));
    }
  }
}

function seedSafetyMaps(rows: Rows, h: Household): void {
  let on = addDays(h.registered_at, faker.number.int({ min: 3, max: 20 }));
  let scale = faker.number.int({ min: 2, max: 5 });
  for (let version = 1; version <= faker.number.int({ min: 1, max: 3 }) && on < SEED_TODAY; version++) {
    rows.add('safety_maps', [newId(), h.id, version, 'Harde ruzies waar de kinderen bij zijn.', 'De kinderen raken in paniek en durven niet naar huis.', 'Schulden, weinig slaap, weinig steun.',
      'Oma haalt de kinderen op als het misgaat; moeder belt de coach.', 'Een afspraak wie wat doet bij ruzie, en wie de kinderen opvangt.', scale, Math.max(0, scale - 1), scale + 1,
      'We zijn bang dat de kinderen gewond raken als de ruzie uit de hand loopt.', 'De kinderen zijn veilig thuis, ook als ouders ruzie hebben.', h.coordinator, on]);
    scale = Math.min(9, scale + faker.number.int({ min: 1, max: 2 }));
    on = addDays(on, faker.number.int({ min: 30, max: 90 }));
  }
}

function seedCareDecisions(rows: Rows, h: Household): void {
  const child = faker.helpers.arrayElement(childrenOver(h, 4).length ? childrenOver(h, 4) : h.members);
  const starts = addDays(h.registered_at, faker.number.int({ min: 30, max: 120 }));
  if (starts >= SEED_TODAY) return;
  const ends = addDays(starts, 180);
  rows.add('care_decisions', [newId(), h.id, child.id, 'step_up', 'Jeugdhulp Voorbeeld', faker.helpers.arrayElement(['Jeugd-GGZ', 'Ambulante gezinsbehandeling', 'Dagbehandeling']), day(starts), day(ends), '12 sessies', h.coordinator, starts]);
  if (ends < SEED_TODAY && faker.datatype.boolean())
    rows.add('care_decisions', [newId(), h.id, child.id, 'step_down', 'Buurthuis De Linde', 'Lichte ondersteuning in de wijk', day(ends), null, null, h.coordinator, ends]);
}
