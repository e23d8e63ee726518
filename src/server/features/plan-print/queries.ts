import type { Sql } from '../../db/database';

export interface PrintHeaderRow {
  name: string;
  team_name: string | null;
  coordinator_name: string | null;
}

export async function printHeader(sql: Sql, householdId: string): Promise<PrintHeaderRow | null> {
  const rows = await sql.query<PrintHeaderRow>(
    `select h.name, t.name as team_name,
            (select u.display_name from case_members cm join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id
              where cm.tenant_id = h.tenant_id and cm.household_id = h.id and cm.role = 'coordinator') as coordinator_name
       from households h left join teams t on t.tenant_id = h.tenant_id and t.id = h.team_id
      where h.tenant_id = app_tenant_id() and h.id = $1`,
    [householdId],
  );
  return rows[0] ?? null;
}

/** First names and birth dates only: the printed plan shows no surnames of children, no BSN. */
export async function printMembers(sql: Sql, householdId: string): Promise<{ id: string; given_name: string; birth_date: string | null }[]> {
  return sql.query(
    'select id, given_name, birth_date::text as birth_date from persons where tenant_id = app_tenant_id() and household_id = $1 order by birth_date nulls last, id',
    [householdId],
  );
}

export interface PrintTieRow {
  name: string;
  kind: 'family' | 'friend' | 'neighbour' | 'teacher' | 'sports_coach' | 'professional' | 'other';
  support: string;
  for_name: string | null;
}

/** The meaningful adults around the family, as the plan names them. */
export async function meaningfulAdults(sql: Sql, householdId: string): Promise<PrintTieRow[]> {
  return sql.query<PrintTieRow>(
    `select t.name, t.kind, t.support, p.given_name as for_name
       from network_ties t left join persons p on p.tenant_id = t.tenant_id and p.id = t.person_id
      where t.tenant_id = app_tenant_id() and t.household_id = $1 and t.meaningful_adult
      order by t.id limit 50`,
    [householdId],
  );
}
