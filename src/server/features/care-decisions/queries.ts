import type { Sql } from '../../db/database';

export interface CareDecisionRow {
  id: string;
  person_id: string | null;
  direction: 'step_up' | 'step_down';
  provider: string;
  product_category: string;
  starts_on: string;
  ends_on: string | null;
  volume: string | null;
  note: string | null;
  created_at: Date;
}

const decisionColumns = `id, person_id, direction, provider, product_category, starts_on::text as starts_on, ends_on::text as ends_on, volume, note, created_at`;

/** Latest start first; keyset on (starts_on, id). */
export async function decisionsOfHousehold(sql: Sql, householdId: string, after: [string, string] | null, limit: number): Promise<CareDecisionRow[]> {
  return sql.query<CareDecisionRow>(
    `select ${decisionColumns} from care_decisions
      where tenant_id = app_tenant_id() and household_id = $1 and ($2::date is null or (starts_on, id) < ($2::date, $3::uuid))
      order by starts_on desc, id desc limit $4`,
    [householdId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

export async function insertDecision(sql: Sql, d: { tenantId: string; id: string; householdId: string; personId: string | null; direction: string; provider: string; productCategory: string; startsOn: string; endsOn: string | null; volume: string | null; note: string | null; createdBy: string }): Promise<CareDecisionRow> {
  const rows = await sql.query<CareDecisionRow>(
    `insert into care_decisions (tenant_id, id, household_id, person_id, direction, provider, product_category, starts_on, ends_on, volume, note, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning ${decisionColumns}`,
    [d.tenantId, d.id, d.householdId, d.personId, d.direction, d.provider, d.productCategory, d.startsOn, d.endsOn, d.volume, d.note, d.createdBy],
  );
  return rows[0]!;
}
