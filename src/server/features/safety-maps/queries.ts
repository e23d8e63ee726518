import type { Sql } from '../../db/database';

export interface SafetyMapRow {
  id: string;
  version: number;
  harm: string;
  danger: string;
  complicating_factors: string;
  working_well: string;
  needs_to_happen: string;
  scale_family: number | null;
  scale_coach: number | null;
  scale_network: number | null;
  danger_statements: string;
  safety_goals: string;
  created_at: Date;
  created_by_name: string;
}

const mapSelect = `select m.id, m.version, m.harm, m.danger, m.complicating_factors, m.working_well, m.needs_to_happen, m.scale_family, m.scale_coach,
       m.scale_network, m.danger_statements, m.safety_goals, m.created_at, coalesce(u.display_name, '') as created_by_name
  from safety_maps m left join users u on u.tenant_id = m.tenant_id and u.id = m.created_by`;

/** Versions newest first; keyset on version. */
export async function mapVersions(sql: Sql, householdId: string, before: number | null, limit: number): Promise<SafetyMapRow[]> {
  return sql.query<SafetyMapRow>(
    `${mapSelect} where m.tenant_id = app_tenant_id() and m.household_id = $1 and ($2::int is null or m.version < $2) order by m.version desc limit $3`,
    [householdId, before, limit + 1],
  );
}

export async function latestVersion(sql: Sql, householdId: string): Promise<number> {
  const rows = await sql.query<{ version: number | null }>('select max(version) as version from safety_maps where tenant_id = app_tenant_id() and household_id = $1', [householdId]);
  return rows[0]?.version ?? 0;
}

export interface NewSafetyMap {
  tenantId: string;
  id: string;
  householdId: string;
  version: number;
  harm: string;
  danger: string;
  complicatingFactors: string;
  workingWell: string;
  needsToHappen: string;
  scaleFamily: number | null;
  scaleCoach: number | null;
  scaleNetwork: number | null;
  dangerStatements: string;
  safetyGoals: string;
  createdBy: string;
}

/** Inserts the next version; the unique (household, version) refuses two writers of the same version. */
export async function insertMap(sql: Sql, m: NewSafetyMap): Promise<void> {
  await sql.query(
    `insert into safety_maps (tenant_id, id, household_id, version, harm, danger, complicating_factors, working_well, needs_to_happen,
       scale_family, scale_coach, scale_network, danger_statements, safety_goals, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [m.tenantId, m.id, m.householdId, m.version, m.harm, m.danger, m.complicatingFactors, m.workingWell, m.needsToHappen, m.scaleFamily, m.scaleCoach, m.scaleNetwork, m.dangerStatements, m.safetyGoals, m.createdBy],
  );
}

export async function mapById(sql: Sql, id: string): Promise<SafetyMapRow | null> {
  const rows = await sql.query<SafetyMapRow>(`${mapSelect} where m.tenant_id = app_tenant_id() and m.id = $1`, [id]);
  return rows[0] ?? null;
}
