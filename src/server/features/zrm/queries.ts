import type { Sql } from '../../db/database';

export interface DomainRow {
  key: string;
  label: string;
}

/** Gives the tenant the standard domains the first time they are needed; a tenant's own list is left alone. */
export async function ensureDomains(sql: Sql, tenantId: string, defaults: readonly DomainRow[]): Promise<void> {
  await sql.query(
    `insert into zrm_domains (tenant_id, key, label, position)
     select $1, d.key, d.label, d.position from unnest($2::text[], $3::text[], $4::smallint[]) as d(key, label, position)
      where not exists (select 1 from zrm_domains where tenant_id = app_tenant_id())
     on conflict do nothing`,
    [tenantId, defaults.map((d) => d.key), defaults.map((d) => d.label), defaults.map((_, i) => i + 1)],
  );
}

export async function domains(sql: Sql): Promise<DomainRow[]> {
  return sql.query<DomainRow>('select key, label from zrm_domains where tenant_id = app_tenant_id() order by position, key');
}

export interface AssessmentRow {
  id: string;
  person_id: string;
  assessed_on: string;
  scores: Record<string, number>;
  note: string | null;
  created_at: Date;
}

/** Newest assessment first; keyset on (assessed_on, id). */
export async function assessmentsOfHousehold(sql: Sql, householdId: string, q: { personId: string | null; after: [string, string] | null; limit: number }): Promise<AssessmentRow[]> {
  return sql.query<AssessmentRow>(
    `select id, person_id, assessed_on::text as assessed_on, scores, note, created_at from zrm_assessments
      where tenant_id = app_tenant_id() and household_id = $1 and ($2::uuid is null or person_id = $2)
        and ($3::date is null or (assessed_on, id) < ($3::date, $4::uuid))
      order by assessed_on desc, id desc limit $5`,
    [householdId, q.personId, q.after?.[0] ?? null, q.after?.[1] ?? null, q.limit + 1],
  );
}

export async function insertAssessment(sql: Sql, a: { tenantId: string; id: string; householdId: string; personId: string; assessedOn: string; scores: Record<string, number>; note: string | null; createdBy: string }): Promise<AssessmentRow> {
  const rows = await sql.query<AssessmentRow>(
    `insert into zrm_assessments (tenant_id, id, household_id, person_id, assessed_on, scores, note, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8)
     returning id, person_id, assessed_on::text as assessed_on, scores, note, created_at`,
    [a.tenantId, a.id, a.householdId, a.personId, a.assessedOn, JSON.stringify(a.scores), a.note, a.createdBy],
  );
  return rows[0]!;
}

/** Replaces the tenant's domain list; assessments keep the scores they have, also of removed domains. */
export async function replaceDomains(sql: Sql, tenantId: string, list: readonly DomainRow[]): Promise<void> {
  await sql.query('delete from zrm_domains where tenant_id = app_tenant_id()');
  await sql.query(
    `insert into zrm_domains (tenant_id, key, label, position)
     select $1, d.key, d.label, d.position from unnest($2::text[], $3::text[], $4::smallint[]) as d(key, label, position)`,
    [tenantId, list.map((d) => d.key), list.map((d) => d.label), list.map((_, i) => i + 1)],
  );
}
