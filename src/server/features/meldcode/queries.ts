import type { Sql } from '../../db/database';
import type { MeldcodeRelation } from './policy';

/** The actor's relation to a household's Meldcode, or null when the household does not exist here. */
export async function meldcodeRelation(sql: Sql, userId: string, householdId: string): Promise<MeldcodeRelation | null> {
  const rows = await sql.query<{ name: string; status: MeldcodeRelation['householdStatus']; team_id: string | null; coordinator: boolean; safety: boolean; lead: boolean }>(
    `select h.name, h.status, h.team_id,
            exists (select 1 from case_members cm where cm.tenant_id = h.tenant_id and cm.household_id = h.id and cm.user_id = $2 and cm.role = 'coordinator') as coordinator,
            exists (select 1 from team_members tm join users u on u.tenant_id = tm.tenant_id and u.id = tm.user_id
                     where tm.tenant_id = h.tenant_id and tm.team_id = h.team_id and tm.user_id = $2 and 'safety_officer' = any(u.roles)) as safety,
            exists (select 1 from team_members tm join users u on u.tenant_id = tm.tenant_id and u.id = tm.user_id
                     where tm.tenant_id = h.tenant_id and tm.team_id = h.team_id and tm.user_id = $2 and 'team_lead' = any(u.roles)) as lead
       from households h where h.tenant_id = app_tenant_id() and h.id = $1`,
    [householdId, userId],
  );
  const r = rows[0];
  return r ? { householdId, householdName: r.name, householdStatus: r.status, teamId: r.team_id, isCoordinator: r.coordinator, isTeamSafetyOfficer: r.safety, isTeamLead: r.lead } : null;
}

export interface CaseRow {
  id: string;
  household_id: string;
  household_name: string;
  status: 'open' | 'closed';
  opened_at: Date;
  opened_by_name: string;
  closed_at: Date | null;
  close_reason: string | null;
}

const caseSelect = `select c.id, c.household_id, h.name as household_name, c.status, c.opened_at, coalesce(u.display_name, '') as opened_by_name, c.closed_at, c.close_reason
  from meldcode_cases c join households h on h.tenant_id = c.tenant_id and h.id = c.household_id
  left join users u on u.tenant_id = c.tenant_id and u.id = c.opened_by`;

export async function caseById(sql: Sql, caseId: string): Promise<CaseRow | null> {
  const rows = await sql.query<CaseRow>(`${caseSelect} where c.tenant_id = app_tenant_id() and c.id = $1`, [caseId]);
  return rows[0] ?? null;
}

/**
 * The cases the user may see, newest first (keyset on opened_at, id): of households they
 * coordinate, and of their teams' households when they are its safety officer or team lead.
 */
export async function visibleCases(sql: Sql, userId: string, householdId: string | null, before: [string, string] | null, limit: number): Promise<CaseRow[]> {
  return sql.query<CaseRow>(
    `${caseSelect}
      where c.tenant_id = app_tenant_id() and ($2::uuid is null or c.household_id = $2)
        and ($3::timestamptz is null or (c.opened_at, c.id) < ($3::timestamptz, $4::uuid))
        and (exists (select 1 from case_members cm where cm.tenant_id = c.tenant_id and cm.household_id = c.household_id and cm.user_id = $1 and cm.role = 'coordinator')
             or exists (select 1 from team_members tm join users me on me.tenant_id = tm.tenant_id and me.id = tm.user_id
                         where tm.tenant_id = c.tenant_id and tm.team_id = h.team_id and tm.user_id = $1 and me.roles && array['safety_officer', 'team_lead']))
      order by c.opened_at desc, c.id desc limit $5`,
    [userId, householdId, before?.[0] ?? null, before?.[1] ?? null, limit + 1],
  );
}

export async function openCaseOfHousehold(sql: Sql, householdId: string): Promise<string | null> {
  const rows = await sql.query<{ id: string }>(`select id from meldcode_cases where tenant_id = app_tenant_id() and household_id = $1 and status = 'open'`, [householdId]);
  return rows[0]?.id ?? null;
}

export async function insertCase(sql: Sql, row: { tenantId: string; id: string; householdId: string; openedBy: string }): Promise<void> {
  await sql.query('insert into meldcode_cases (tenant_id, id, household_id, opened_by) values ($1, $2, $3, $4)', [row.tenantId, row.id, row.householdId, row.openedBy]);
}

export async function closeCase(sql: Sql, caseId: string, userId: string, reason: string): Promise<void> {
  await sql.query(`update meldcode_cases set status = 'closed', closed_by = $2, closed_at = now(), close_reason = $3 where tenant_id = app_tenant_id() and id = $1 and status = 'open'`, [caseId, userId, reason]);
}

export interface StepRecordRow {
  seq: number;
  step: number;
  kind: 'completed' | 'reopened';
  data: Record<string, unknown>;
  recorded_at: Date;
  recorded_by_name: string;
}

export async function stepRecords(sql: Sql, caseId: string): Promise<StepRecordRow[]> {
  return sql.query<StepRecordRow>(
    `select r.seq, r.step, r.kind, r.data, r.recorded_at, coalesce(u.display_name, '') as recorded_by_name
       from meldcode_step_records r left join users u on u.tenant_id = r.tenant_id and u.id = r.recorded_by
      where r.tenant_id = app_tenant_id() and r.case_id = $1 order by r.seq`,
    [caseId],
  );
}

/** Appends a record as the case's next turn; the unique (case, seq) refuses a second writer of the same turn. */
export async function insertStepRecord(sql: Sql, row: { tenantId: string; id: string; caseId: string; seq: number; step: number; kind: 'completed' | 'reopened'; data: object; recordedBy: string }): Promise<void> {
  await sql.query(
    'insert into meldcode_step_records (tenant_id, id, case_id, seq, step, kind, data, recorded_by) values ($1, $2, $3, $4, $5, $6, $7, $8)',
    [row.tenantId, row.id, row.caseId, row.seq, row.step, row.kind, JSON.stringify(row.data), row.recordedBy],
  );
}

/** Locks the case row so two step writes of one case run one after the other. */
export async function lockCase(sql: Sql, caseId: string): Promise<void> {
  await sql.query('select id from meldcode_cases where tenant_id = app_tenant_id() and id = $1 for update', [caseId]);
}
