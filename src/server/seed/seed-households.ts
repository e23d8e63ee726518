import { faker } from '@faker-js/faker/locale/nl';
import type { Sql } from '../db/database';
import { newId } from '../platform/ids';

interface HouseholdSeedInput {
  tenantId: string;
  teamIds: Map<string, string>;
  userIds: Map<string, string>;
  passwordHash: string;
  seed: number;
  households: number;
}

const COACHES_PER_TEAM = 8;
const POSTCODES_PER_NEIGHBOURHOOD = 6;
const SEED_TODAY = new Date('2026-11-01T00:00:00Z');
/** Team Noord works in districts Noord and Centrum, Team Zuid in Zuid. */
const TEAM_DISTRICTS: Record<string, string[]> = { 'Team Noord': ['WK099901', 'WK099902'], 'Team Zuid': ['WK099903'] };

const STORY_OPENINGS = [
  'Het gezin woont sinds drie jaar in de wijk. Moeder vertelt dat het thuis onrustig is sinds de scheiding.',
  'Vader zocht zelf contact omdat hij zich zorgen maakt over zijn zoon, die veel thuis zit.',
  'De school gaf aan dat de oudste vaak te laat komt. Samen met het gezin keken we naar wat er speelt.',
  'Het gezin is twee jaar geleden naar Nederland gekomen. De kinderen doen het goed op school, ouders zoeken hun weg.',
  'Moeder heeft schulden en weinig mensen om zich heen. De kinderen helpen veel in huis.',
];
const GOING_WELL = ['De kinderen sporten graag en hebben vrienden in de buurt.', 'Oma helpt elke woensdag.', 'Ouders willen graag hulp en komen afspraken na.', 'De jongste gaat met plezier naar de opvang.'];
const WORRIES = ['Geldzorgen en spanning thuis.', 'Weinig contact met school.', 'De oudste blowt en slaapt slecht.', 'Moeder voelt zich vaak somber.'];

/**
 * Demo households with members, addresses in the team's neighbourhoods, case teams and stories,
 * deterministic by seed. About one in ten households waits for a coordinator; the rest have
 * exactly one, with a caseload of about 18 per coach.
 */
export async function seedDemoHouseholds(sql: Sql, input: HouseholdSeedInput): Promise<number> {
  faker.seed(input.seed);
  const coachesByTeam = await seedCoaches(sql, input);
  const postcodesByDistrict = await seedPostcodes(sql, input.tenantId);

  const households: unknown[][] = [];
  const persons: unknown[][] = [];
  const caseMembers: unknown[][] = [];
  const stories: unknown[][] = [];
  const teams = [...input.teamIds.entries()];
  for (let i = 0; i < input.households; i++) {
    const householdId = newId();
    const [teamName, teamId] = teams[i % teams.length]!;
    const district = faker.helpers.arrayElement(TEAM_DISTRICTS[teamName] ?? []);
    const area = faker.helpers.arrayElement(postcodesByDistrict.get(district) ?? []);
    const familyName = faker.person.lastName();
    // The first household of each team is always active with the demo coach as coordinator.
    const waiting = faker.number.int({ min: 1, max: 10 }) === 1 && i >= teams.length;
    const registeredDaysAgo = waiting ? faker.number.int({ min: 1, max: 40 }) : faker.number.int({ min: 30, max: 730 });
    const registeredAt = new Date(SEED_TODAY.getTime() - registeredDaysAgo * 86_400_000).toISOString();
    households.push([householdId, `Huishouden ${familyName}`, teamId, waiting ? 'waiting' : 'active', faker.helpers.weightedArrayElement([{ weight: 1, value: 'urgent' }, { weight: 2, value: 'high' }, { weight: 7, value: 'normal' }]),
      faker.location.street(), String(faker.number.int({ min: 1, max: 180 })), area?.postcode ?? null, 'Voorbeeld', area?.neighbourhoodId ?? null, registeredAt]);
    const memberIds: string[] = [];
    const adults = faker.number.int({ min: 1, max: 2 });
    for (let a = 0; a < adults; a++) memberIds.push(pushPerson(persons, householdId, familyName, faker.number.int({ min: 26, max: 55 }), 'parent'));
    const children = faker.number.int({ min: 1, max: 4 });
    for (let c = 0; c < children; c++) memberIds.push(pushPerson(persons, householdId, familyName, faker.number.int({ min: 0, max: 20 }), 'child'));
    if (waiting) continue;
    const coaches = coachesByTeam.get(teamId)!;
    const coordinator = coaches[i % coaches.length]!;
    caseMembers.push([householdId, coordinator, 'coordinator']);
    if (faker.number.int({ min: 1, max: 10 }) <= 6) {
      const talents = memberIds.slice(adults).map((personId) => ({ personId, talents: faker.helpers.arrayElement(['Kan goed tekenen', 'Voetbalt bij de club', 'Zorgzaam voor broertjes', 'Goed in rekenen']), worries: '' }));
      stories.push([householdId, 1, faker.helpers.arrayElement(STORY_OPENINGS), faker.helpers.arrayElement(GOING_WELL), faker.helpers.arrayElement(WORRIES), JSON.stringify(talents), 'ouders', coordinator]);
    }
  }
  await insertColumns(sql, input.tenantId, 'households (tenant_id, id, name, team_id, status, priority, street, house_number, postcode, city, neighbourhood_id, registered_at)',
    ['uuid', 'text', 'uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'uuid', 'timestamptz'], households);
  await insertColumns(sql, input.tenantId, 'persons (tenant_id, id, household_id, given_name, family_name, birth_date, role)', ['uuid', 'uuid', 'text', 'text', 'date', 'text'], persons);
  await insertColumns(sql, input.tenantId, 'case_members (tenant_id, household_id, user_id, role)', ['uuid', 'uuid', 'text'], caseMembers);
  await insertColumns(sql, input.tenantId, 'household_stories (tenant_id, household_id, version, story, going_well, worries, members, written_with, created_by)',
    ['uuid', 'int', 'text', 'text', 'text', 'jsonb', 'text', 'uuid'], stories);
  return households.length;
}

async function seedCoaches(sql: Sql, input: HouseholdSeedInput): Promise<Map<string, string[]>> {
  const coachesByTeam = new Map<string, string[]>();
  for (const [teamName, teamId] of input.teamIds) {
    const coaches: string[] = [];
    const demoCoach = input.userIds.get(teamName === 'Team Noord' ? 'coach@voorbeeld.nl' : 'coach.zuid@voorbeeld.nl');
    if (demoCoach) coaches.push(demoCoach);
    for (let i = 0; i < COACHES_PER_TEAM - 1; i++) {
      const id = newId();
      const first = faker.person.firstName();
      const last = faker.person.lastName();
      const email = `${first}.${last}.${i}@voorbeeld.nl`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.@]/g, '');
      await sql.query(
        `insert into users (tenant_id, id, email, display_name, roles, status, password_hash, password_changed_at) values ($1, $2, $3, $4, '{coach}', 'active', $5, now())`,
        [input.tenantId, id, email, `${first} ${last}`, input.passwordHash],
      );
      await sql.query('insert into team_members (tenant_id, team_id, user_id) values ($1, $2, $3)', [input.tenantId, teamId, id]);
      coaches.push(id);
    }
    coachesByTeam.set(teamId, coaches);
  }
  return coachesByTeam;
}

/** A handful of postcodes per neighbourhood (e.g. 9901AA…), also in the tenant's postcode table. */
async function seedPostcodes(sql: Sql, tenantId: string): Promise<Map<string, { postcode: string; neighbourhoodId: string }[]>> {
  const neighbourhoods = await sql.query<{ id: string; cbs_code: string; district_code: string }>(
    `select n.id, n.cbs_code, d.cbs_code as district_code from neighbourhoods n join districts d on d.tenant_id = n.tenant_id and d.id = n.district_id
      where n.tenant_id = app_tenant_id() order by n.cbs_code`,
  );
  const byDistrict = new Map<string, { postcode: string; neighbourhoodId: string }[]>();
  const rows: unknown[][] = [];
  for (const n of neighbourhoods) {
    const digits = `9${n.cbs_code.slice(7, 10)}`;
    for (let p = 0; p < POSTCODES_PER_NEIGHBOURHOOD; p++) {
      const postcode = `${digits}${String.fromCharCode(65 + p)}${String.fromCharCode(65 + ((p * 7) % 26))}`;
      rows.push([postcode, n.id]);
      byDistrict.set(n.district_code, [...(byDistrict.get(n.district_code) ?? []), { postcode, neighbourhoodId: n.id }]);
    }
  }
  await insertColumns(sql, tenantId, 'postcode_areas (tenant_id, postcode, neighbourhood_id)', ['text', 'uuid'], rows);
  return byDistrict;
}

function pushPerson(persons: unknown[][], householdId: string, familyName: string, age: number, role: 'parent' | 'child'): string {
  const id = newId();
  const birth = new Date(SEED_TODAY);
  birth.setUTCFullYear(SEED_TODAY.getUTCFullYear() - age);
  birth.setUTCDate(birth.getUTCDate() - faker.number.int({ min: 0, max: 364 }));
  persons.push([id, householdId, faker.person.firstName(), familyName, birth.toISOString().slice(0, 10), role]);
  return id;
}

/** One multi-row insert through unnest: fast on PGlite and PostgreSQL alike. */
export async function insertColumns(sql: Sql, tenantId: string, target: string, types: string[], rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  const columns = types.map((_, c) => rows.map((r) => r[c]));
  const unnest = types.map((type, c) => `$${c + 2}::${type}[]`).join(', ');
  await sql.query(`insert into ${target} select $1, * from unnest(${unnest})`, [tenantId, ...columns]);
}
