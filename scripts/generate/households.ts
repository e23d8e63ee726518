import type { Faker } from '@faker-js/faker';
import { ZRM_DEFAULT_DOMAINS } from '../../src/contracts/plans';
import type { Sql } from '../../src/server/db/database';
import { insertColumns } from '../../src/server/seed/seed-households';
import { ACTION_WORDS, adultsInHousehold, childrenInHousehold, GOAL_WORDS } from './distributions';
import { idMaker } from './ids';
import type { GeneratedTeam } from './organisation';

const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 10, 1);
const ZRM_KEYS = ZRM_DEFAULT_DOMAINS.map((d) => d.key);
const GOAL_DOMAINS = Object.keys(GOAL_WORDS);

type Rows = Record<'households' | 'persons' | 'caseMembers' | 'stories' | 'plans' | 'goals' | 'ratings' | 'actions' | 'contacts' | 'zrm' | 'audit', unknown[][]>;

export interface Counters {
  [table: string]: number;
}

export interface BatchContext {
  tenantId: string;
  seed: number;
  teams: GeneratedTeam[];
  from: number;
  to: number;
}

/** Builds and inserts households `from` … `to - 1` with everything a file holds; returns row counts. */
export async function generateHouseholdBatch(sql: Sql, f: Faker, ctx: BatchContext): Promise<Counters> {
  const rows = buildHouseholdBatch(f, ctx);
  await insertHouseholdBatch(sql, ctx.tenantId, rows);
  return countRows(rows);
}

export type HouseholdRows = Rows;

export function countRows(rows: Rows): Counters {
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
}

/**
 * The rows of households `from` … `to - 1`, without touching the database: the generator builds
 * the next batch while the database stores the previous one.
 */
export function buildHouseholdBatch(f: Faker, ctx: BatchContext): Rows {
  const rows = emptyRows();
  addHouseholds(rows, f, ctx, ctx.from, ctx.to);
  return rows;
}

/**
 * The same rows as buildHouseholdBatch, built in slices with a pause for the event loop between
 * them, so the database driver can send the previous batch's statements meanwhile.
 */
export async function buildHouseholdBatchInSlices(f: Faker, ctx: BatchContext, slice = 25): Promise<Rows> {
  const rows = emptyRows();
  for (let from = ctx.from; from < ctx.to; from += slice) {
    addHouseholds(rows, f, ctx, from, Math.min(ctx.to, from + slice));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return rows;
}

const emptyRows = (): Rows => ({ households: [], persons: [], caseMembers: [], stories: [], plans: [], goals: [], ratings: [], actions: [], contacts: [], zrm: [], audit: [] });

const idMakers = new Map<number, Record<'household' | 'person' | 'plan' | 'goal' | 'rating' | 'action' | 'contact' | 'zrm', (n: number) => string>>();
function idsFor(seed: number) {
  let ids = idMakers.get(seed);
  if (!ids) {
    const id = (kind: string) => idMaker(seed, kind);
    ids = { household: id('household'), person: id('person'), plan: id('plan'), goal: id('goal'), rating: id('rating'), action: id('action'), contact: id('contact'), zrm: id('zrm') };
    idMakers.set(seed, ids);
  }
  return ids;
}

function addHouseholds(rows: Rows, f: Faker, ctx: BatchContext, from: number, to: number): void {
  const ids = idsFor(ctx.seed);
  for (let n = from; n < to; n++) {
    // Each household owns a block of ids per kind (at most 6 persons, 4 goals), so ids do not
    // depend on the batch size.
    let personN = n * 6;
    let goalN = n * 4;
    const team = ctx.teams[Math.floor(n / (ctx.teams[0]!.coachIds.length * 18)) % ctx.teams.length]!;
    const householdId = ids.household(n);
    // Each household owns a block of 64 ids for its ratings, actions, contacts and ZRM (it uses at most 42).
    let subN = n * 64;
    const coordinator = team.coachIds[n % team.coachIds.length]!;
    const status = f.helpers.weightedArrayElement([{ weight: 8, value: 'waiting' }, { weight: 72, value: 'active' }, { weight: 20, value: 'closed' }]);
    const registeredDaysAgo = status === 'waiting' ? f.number.int({ min: 1, max: 60 }) : f.number.int({ min: 30, max: 1800 });
    const registeredAt = new Date(TODAY - registeredDaysAgo * DAY).toISOString();
    const closedAt = status === 'closed' ? new Date(TODAY - f.number.int({ min: 1, max: Math.max(1, registeredDaysAgo - 1) }) * DAY).toISOString() : null;
    const area = f.helpers.arrayElement(team.postcodes);
    const familyName = f.person.lastName();
    rows.households.push([householdId, `Huishouden ${familyName}`, team.id, status, f.helpers.weightedArrayElement([{ weight: 1, value: 'urgent' }, { weight: 2, value: 'high' }, { weight: 7, value: 'normal' }]),
      f.location.street(), String(f.number.int({ min: 1, max: 250 })), area.postcode, 'Voorbeeld', area.neighbourhoodId, registeredAt, closedAt, closedAt ? 'Doelen behaald' : null]);
    rows.audit.push([householdId]);
    const adults: string[] = [];
    const children: string[] = [];
    for (let a = adultsInHousehold(f); a > 0; a--) adults.push(addPerson(rows, f, ids.person(personN++), householdId, familyName, f.number.int({ min: 24, max: 60 }), 'parent'));
    for (let c = childrenInHousehold(f); c > 0; c--) children.push(addPerson(rows, f, ids.person(personN++), householdId, familyName, f.number.int({ min: 0, max: 22 }), 'child'));
    if (status === 'waiting') continue;
    rows.caseMembers.push([householdId, coordinator, 'coordinator']);
    if (f.number.int({ min: 1, max: 2 }) === 1) rows.stories.push([householdId, 1, 'Het gezin vertelt over wat er speelt.', 'Er is steun van familie.', 'Zorgen over school en geld.', coordinator]);
    const planId = ids.plan(n);
    rows.plans.push([planId, householdId, status === 'closed' ? 'closed' : 'active']);
    for (let g = f.number.int({ min: 1, max: 4 }); g > 0; g--) {
      const goalId = ids.goal(goalN++);
      const domain = f.helpers.arrayElement(GOAL_DOMAINS);
      const owner = f.helpers.arrayElement([null, ...children]);
      rows.goals.push([goalId, planId, householdId, owner, domain, f.helpers.arrayElement(GOAL_WORDS[domain]!), status === 'closed' ? 'achieved' : 'open']);
      let rating = f.number.int({ min: 2, max: 5 });
      for (let r = f.number.int({ min: 1, max: 4 }); r > 0; r--) {
        rating = Math.min(10, rating + f.number.int({ min: 0, max: 2 }));
        rows.ratings.push([ids.rating(subN++), goalId, rating, owner, new Date(TODAY - r * 30 * DAY).toISOString(), coordinator]);
      }
      for (let a = f.number.int({ min: 1, max: 2 }); a > 0; a--)
        rows.actions.push([ids.action(subN++), goalId, householdId, f.helpers.arrayElement(ACTION_WORDS), f.helpers.weightedArrayElement([{ weight: 5, value: 'family' }, { weight: 3, value: 'network' }, { weight: 2, value: 'professional' }]), 'Gezin']);
    }
    for (let c = f.number.int({ min: 2, max: 12 }); c > 0; c--)
      rows.contacts.push([ids.contact(subN++), householdId, new Date(TODAY - f.number.int({ min: 0, max: registeredDaysAgo }) * DAY).toISOString().slice(0, 10),
        f.helpers.arrayElement(['home_visit', 'school', 'phone', 'video', 'outreach', 'consultation']), f.number.int({ min: 10, max: 120 }), 'Gesprek over de doelen.', f.number.int({ min: 1, max: 10 }) === 1, coordinator]);
    for (const adult of adults)
      for (let z = f.number.int({ min: 0, max: 3 }); z > 0; z--)
        rows.zrm.push([ids.zrm(subN++), householdId, adult, new Date(TODAY - z * 120 * DAY).toISOString().slice(0, 10), JSON.stringify(Object.fromEntries(ZRM_KEYS.map((k) => [k, f.number.int({ min: 1, max: 5 })]))), coordinator]);
  }
}

function addPerson(rows: Rows, f: Faker, personId: string, householdId: string, familyName: string, age: number, role: string): string {
  const birth = new Date(TODAY - (age * 365 + f.number.int({ min: 0, max: 364 })) * DAY).toISOString().slice(0, 10);
  rows.persons.push([personId, householdId, f.person.firstName(), familyName, birth, role]);
  return personId;
}

/** Stores a built batch: one multi-row statement per table (unnest of column arrays). */
export async function insertHouseholdBatch(sql: Sql, tenantId: string, rows: Rows): Promise<void> {
  await insertColumns(sql, tenantId, 'households (tenant_id, id, name, team_id, status, priority, street, house_number, postcode, city, neighbourhood_id, registered_at, closed_at, close_reason)',
    ['uuid', 'text', 'uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'uuid', 'timestamptz', 'timestamptz', 'text'], rows.households);
  await insertColumns(sql, tenantId, 'persons (tenant_id, id, household_id, given_name, family_name, birth_date, role)', ['uuid', 'uuid', 'text', 'text', 'date', 'text'], rows.persons);
  await insertColumns(sql, tenantId, 'case_members (tenant_id, household_id, user_id, role)', ['uuid', 'uuid', 'text'], rows.caseMembers);
  await insertColumns(sql, tenantId, 'household_stories (tenant_id, household_id, version, story, going_well, worries, created_by)', ['uuid', 'int', 'text', 'text', 'text', 'uuid'], rows.stories);
  await insertColumns(sql, tenantId, 'plans (tenant_id, id, household_id, status)', ['uuid', 'uuid', 'text'], rows.plans);
  await insertColumns(sql, tenantId, 'goals (tenant_id, id, plan_id, household_id, person_id, domain, own_words, status)', ['uuid', 'uuid', 'uuid', 'uuid', 'text', 'text', 'text'], rows.goals);
  await insertColumns(sql, tenantId, 'goal_ratings (tenant_id, id, goal_id, rating, rated_by_person_id, rated_at, recorded_by)', ['uuid', 'uuid', 'int', 'uuid', 'timestamptz', 'uuid'], rows.ratings);
  await insertColumns(sql, tenantId, 'plan_actions (tenant_id, id, goal_id, household_id, description, owner_kind, owner_name)', ['uuid', 'uuid', 'uuid', 'text', 'text', 'text'], rows.actions);
  await insertColumns(sql, tenantId, 'contacts (tenant_id, id, household_id, occurred_on, kind, minutes, note, sensitive, created_by)', ['uuid', 'uuid', 'date', 'text', 'int', 'text', 'boolean', 'uuid'], rows.contacts);
  await insertColumns(sql, tenantId, 'zrm_assessments (tenant_id, id, household_id, person_id, assessed_on, scores, created_by)', ['uuid', 'uuid', 'uuid', 'date', 'jsonb', 'uuid'], rows.zrm);
  await sql.query(
    `insert into audit_events (tenant_id, id, event_type, action, object_type, object_id, ip, user_agent, details)
     select $1, gen_random_uuid(), 'household.created', 'create', 'household', h, '127.0.0.1', 'wijkwijs-generate', '{"generated": true}' from unnest($2::uuid[]) as h`,
    [tenantId, rows.audit.map((r) => r[0])],
  );
}
