import type { Sql } from '../../db/database';

export interface ReportPerson {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
}

/** The household's members for the report: names and birth dates, never the BSN. */
export async function reportPersons(sql: Sql, householdId: string): Promise<ReportPerson[]> {
  return sql.query<ReportPerson>(
    'select id, given_name, family_name, birth_date::text as birth_date from persons where tenant_id = app_tenant_id() and household_id = $1 order by birth_date nulls last, id',
    [householdId],
  );
}

export async function reportHeader(sql: Sql, householdId: string): Promise<{ coordinator_name: string | null; team_name: string | null }> {
  const rows = await sql.query<{ coordinator_name: string | null; team_name: string | null }>(
    `select (select u.display_name from case_members cm join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id
              where cm.tenant_id = h.tenant_id and cm.household_id = h.id and cm.role = 'coordinator') as coordinator_name,
            t.name as team_name
       from households h left join teams t on t.tenant_id = h.tenant_id and t.id = h.team_id
      where h.tenant_id = app_tenant_id() and h.id = $1`,
    [householdId],
  );
  return rows[0] ?? { coordinator_name: null, team_name: null };
}
