import type { Sql } from '../../db/database';

export interface OpenCaseRow {
  id: string;
  household_id: string;
  household_name: string;
  opened_at: Date;
  /** The last step event, as the replay needs it. */
  events: { seq: number; step: number; kind: 'completed' | 'reopened'; recorded_at: string }[];
  /** The coordinator and the active safety officers of the household's team. */
  recipients: string[];
}

export async function openCasesWithRecipients(sql: Sql): Promise<OpenCaseRow[]> {
  return sql.query<OpenCaseRow>(
    `select c.id, c.household_id, h.name as household_name, c.opened_at,
            coalesce((select json_agg(json_build_object('seq', r.seq, 'step', r.step, 'kind', r.kind, 'recorded_at', r.recorded_at) order by r.seq)
                        from meldcode_step_records r where r.tenant_id = c.tenant_id and r.case_id = c.id), '[]'::json) as events,
            array(select distinct u.id from users u
                   where u.tenant_id = c.tenant_id and u.status = 'active'
                     and (exists (select 1 from case_members cm where cm.tenant_id = c.tenant_id and cm.household_id = c.household_id and cm.user_id = u.id and cm.role = 'coordinator')
                          or ('safety_officer' = any(u.roles) and exists (select 1 from team_members tm where tm.tenant_id = c.tenant_id and tm.team_id = h.team_id and tm.user_id = u.id)))
                   order by u.id) as recipients
       from meldcode_cases c join households h on h.tenant_id = c.tenant_id and h.id = c.household_id
      where c.tenant_id = app_tenant_id() and c.status = 'open'`,
  );
}

/** Records the reminder; false when this step was already reminded for this open period. */
export async function claimReminder(sql: Sql, row: { tenantId: string; caseId: string; step: number; openSince: Date; now: Date }): Promise<boolean> {
  const rows = await sql.query(
    `insert into meldcode_reminders (tenant_id, case_id, step, open_since, sent_at) values ($1, $2, $3, $4, $5)
     on conflict do nothing returning case_id`,
    [row.tenantId, row.caseId, row.step, row.openSince, row.now],
  );
  return rows.length > 0;
}

export async function tenantOf(sql: Sql): Promise<string> {
  const rows = await sql.query<{ id: string }>('select app_tenant_id() as id');
  return rows[0]!.id;
}

export async function insertNotification(sql: Sql, row: { tenantId: string; id: string; userId: string; payload: object; at: Date }): Promise<void> {
  await sql.query(
    `insert into notifications (tenant_id, id, user_id, kind, payload, created_at) values ($1, $2, $3, 'meldcode_step_overdue', $4, $5)`,
    [row.tenantId, row.id, row.userId, JSON.stringify(row.payload), row.at],
  );
}
