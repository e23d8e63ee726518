import type { Sql } from '../../db/database';

export interface SettingsRow {
  version: number;
  questions: string[];
  overdue_working_days: number[];
  created_at: Date;
  created_by_name: string | null;
}

export async function latestSettings(sql: Sql): Promise<SettingsRow | null> {
  const rows = await sql.query<SettingsRow>(
    `select s.version, s.questions, s.overdue_working_days, s.created_at, u.display_name as created_by_name
       from meldcode_settings s left join users u on u.tenant_id = s.tenant_id and u.id = s.created_by
      where s.tenant_id = app_tenant_id() order by s.version desc limit 1`,
  );
  return rows[0] ?? null;
}

/** Adds the next version; the primary key (tenant, version) refuses two admins saving the same one. */
export async function insertSettings(sql: Sql, row: { tenantId: string; version: number; questions: string[]; overdueWorkingDays: number[]; createdBy: string }): Promise<void> {
  await sql.query(
    'insert into meldcode_settings (tenant_id, version, questions, overdue_working_days, created_by) values ($1, $2, $3, $4, $5)',
    [row.tenantId, row.version, JSON.stringify(row.questions), JSON.stringify(row.overdueWorkingDays), row.createdBy],
  );
}
