import type { Sql } from '../../db/database';

export async function insertGrant(sql: Sql, row: { tenantId: string; id: string; householdId: string; userId: string; reason: string; minutes: number }) {
  const rows = await sql.query<{ id: string; granted_at: Date; expires_at: Date }>(
    `insert into break_glass_grants (tenant_id, id, household_id, user_id, reason, expires_at)
     values ($1, $2, $3, $4, $5, now() + make_interval(mins => $6)) returning id, granted_at, expires_at`,
    [row.tenantId, row.id, row.householdId, row.userId, row.reason, row.minutes],
  );
  return rows[0]!;
}

/** Everyone told of a break-the-glass: all active safety officers, and the team leads of the household's team. */
export async function safetyOfficersAndTeamLeads(sql: Sql, teamId: string | null): Promise<{ id: string; email: string }[]> {
  return sql.query<{ id: string; email: string }>(
    `select u.id, u.email from users u
      where u.tenant_id = app_tenant_id() and u.status = 'active'
        and ('safety_officer' = any(u.roles)
             or ('team_lead' = any(u.roles) and exists (select 1 from team_members tm where tm.tenant_id = u.tenant_id and tm.user_id = u.id and tm.team_id = $1)))`,
    [teamId],
  );
}

export async function userName(sql: Sql, userId: string): Promise<string> {
  const rows = await sql.query<{ display_name: string }>('select display_name from users where tenant_id = app_tenant_id() and id = $1', [userId]);
  return rows[0]?.display_name ?? '';
}

export async function insertNotification(sql: Sql, row: { tenantId: string; id: string; userId: string; kind: string; payload: object }): Promise<void> {
  await sql.query('insert into notifications (tenant_id, id, user_id, kind, payload) values ($1, $2, $3, $4, $5)', [row.tenantId, row.id, row.userId, row.kind, JSON.stringify(row.payload)]);
}

export async function notificationsOf(sql: Sql, userId: string, after: string | null, limit: number) {
  return sql.query<{ id: string; kind: string; payload: Record<string, unknown>; created_at: Date; read_at: Date | null }>(
    `select id, kind, payload, created_at, read_at from notifications
      where tenant_id = app_tenant_id() and user_id = $1 and ($2::uuid is null or id < $2::uuid) order by id desc limit $3`,
    [userId, after, limit + 1],
  );
}
