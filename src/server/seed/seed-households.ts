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

/**
 * Demo households with members and case teams, deterministic by seed. About one in ten households
 * waits for a coordinator; the rest have exactly one, with a caseload of about 18 per coach.
 */
export async function seedDemoHouseholds(sql: Sql, input: HouseholdSeedInput): Promise<number> {
  faker.seed(input.seed);
  const today = new Date('2026-09-01T00:00:00Z');
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

  const households: [string, string, string, string][] = [];
  const persons: [string, string, string, string, string | null][] = [];
  const caseMembers: [string, string, string][] = [];
  const teams = [...input.teamIds.values()];
  for (let i = 0; i < input.households; i++) {
    const householdId = newId();
    const teamId = teams[i % teams.length]!;
    const familyName = faker.person.lastName();
    const waiting = faker.number.int({ min: 1, max: 10 }) === 1;
    households.push([householdId, `Huishouden ${familyName}`, teamId, waiting ? 'waiting' : 'active']);
    const adults = faker.number.int({ min: 1, max: 2 });
    for (let a = 0; a < adults; a++)
      persons.push([newId(), householdId, faker.person.firstName(), familyName, birthDate(faker.number.int({ min: 26, max: 55 }), today)]);
    const children = faker.number.int({ min: 1, max: 4 });
    for (let c = 0; c < children; c++)
      persons.push([newId(), householdId, faker.person.firstName(), familyName, birthDate(faker.number.int({ min: 0, max: 20 }), today)]);
    if (!waiting) {
      const coaches = coachesByTeam.get(teamId)!;
      caseMembers.push([householdId, coaches[i % coaches.length]!, 'coordinator']);
    }
  }
  await sql.query(
    `insert into households (tenant_id, id, name, team_id, status)
     select $1, * from unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[])`,
    [input.tenantId, ...columns(households, 4)],
  );
  await sql.query(
    `insert into persons (tenant_id, id, household_id, given_name, family_name, birth_date)
     select $1, * from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::date[])`,
    [input.tenantId, ...columns(persons, 5)],
  );
  await sql.query(
    `insert into case_members (tenant_id, household_id, user_id, role) select $1, * from unnest($2::uuid[], $3::uuid[], $4::text[])`,
    [input.tenantId, ...columns(caseMembers, 3)],
  );
  return households.length;
}

function birthDate(age: number, today: Date): string {
  const date = new Date(today);
  date.setUTCFullYear(today.getUTCFullYear() - age);
  date.setUTCDate(date.getUTCDate() - faker.number.int({ min: 0, max: 364 }));
  return date.toISOString().slice(0, 10);
}

function columns<T extends unknown[]>(rows: T[], width: number): unknown[][] {
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c]));
}
