import type { Sql } from '../../db/database';

export interface PersonFacts {
  given_name: string;
  family_name: string;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  household_phone: string | null;
  household_email: string | null;
  address: string | null;
}

export async function personFacts(sql: Sql, personId: string): Promise<PersonFacts | null> {
  const rows = await sql.query<PersonFacts>(
    `select p.given_name, p.family_name, p.birth_date::text as birth_date, p.phone, p.email, h.phone as household_phone, h.email as household_email,
            nullif(concat_ws(' ', h.street, h.house_number, h.postcode, h.city), '') as address
       from persons p join households h on h.tenant_id = p.tenant_id and h.id = p.household_id
      where p.tenant_id = app_tenant_id() and p.id = $1`,
    [personId],
  );
  return rows[0] ?? null;
}

export async function householdMembers(sql: Sql, householdId: string): Promise<{ given_name: string; role: string; birth_date: string | null }[]> {
  return sql.query('select given_name, role, birth_date::text as birth_date from persons where tenant_id = app_tenant_id() and household_id = $1 order by birth_date nulls last, id', [householdId]);
}

export async function latestStory(sql: Sql, householdId: string): Promise<string | null> {
  const rows = await sql.query<{ story: string }>('select story from household_stories where tenant_id = app_tenant_id() and household_id = $1 order by version desc limit 1', [householdId]);
  return rows[0]?.story ?? null;
}

export async function openGoalsOf(sql: Sql, personId: string): Promise<string[]> {
  const rows = await sql.query<{ own_words: string }>("select own_words from goals where tenant_id = app_tenant_id() and person_id = $1 and status = 'open' order by created_at, id", [personId]);
  return rows.map((r) => r.own_words);
}

export async function latestSafetyMap(sql: Sql, householdId: string): Promise<{ danger_statements: string; safety_goals: string } | null> {
  const rows = await sql.query<{ danger_statements: string; safety_goals: string }>(
    'select danger_statements, safety_goals from safety_maps where tenant_id = app_tenant_id() and household_id = $1 order by version desc limit 1',
    [householdId],
  );
  return rows[0] ?? null;
}
