import type { Sql } from '../../db/database';

export interface HouseholdRow {
  id: string;
  name: string;
  status: 'waiting' | 'active' | 'closed';
  team_id: string | null;
}

export interface MemberRow {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  age: number | null;
}

export async function householdById(sql: Sql, id: string): Promise<HouseholdRow | null> {
  const rows = await sql.query<HouseholdRow>('select id, name, status, team_id from households where tenant_id = app_tenant_id() and id = $1', [id]);
  return rows[0] ?? null;
}

export async function membersOfHousehold(sql: Sql, householdId: string): Promise<MemberRow[]> {
  return sql.query<MemberRow>(
    `select id, given_name, family_name, birth_date::text as birth_date,
            extract(year from age(current_date, birth_date))::int as age
       from persons where tenant_id = app_tenant_id() and household_id = $1 order by birth_date nulls last, id`,
    [householdId],
  );
}
