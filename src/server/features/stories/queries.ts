import type { Sql } from '../../db/database';

export interface StoryRow {
  version: number;
  story: string;
  going_well: string;
  worries: string;
  members: { personId: string; talents: string; worries: string }[];
  written_with: string;
  created_at: Date;
  created_by_name: string;
}

const storySelect = `select s.version, s.story, s.going_well, s.worries, s.members, s.written_with, s.created_at, u.display_name as created_by_name
  from household_stories s join users u on u.tenant_id = s.tenant_id and u.id = s.created_by`;

export async function storyVersion(sql: Sql, householdId: string, version: number | null): Promise<StoryRow | null> {
  const rows = await sql.query<StoryRow>(
    `${storySelect} where s.tenant_id = app_tenant_id() and s.household_id = $1 and ($2::int is null or s.version = $2) order by s.version desc limit 1`,
    [householdId, version],
  );
  return rows[0] ?? null;
}

export async function storyVersions(sql: Sql, householdId: string, before: number | null, limit: number) {
  return sql.query<{ version: number; created_at: Date; created_by_name: string }>(
    `select s.version, s.created_at, u.display_name as created_by_name from household_stories s join users u on u.tenant_id = s.tenant_id and u.id = s.created_by
      where s.tenant_id = app_tenant_id() and s.household_id = $1 and ($2::int is null or s.version < $2) order by s.version desc limit $3`,
    [householdId, before, limit + 1],
  );
}

/** Inserts the next version; the primary key refuses two writers of the same version. */
export async function insertStoryVersion(sql: Sql, row: { tenantId: string; householdId: string; version: number; story: string; goingWell: string; worries: string; members: unknown; writtenWith: string; createdBy: string }): Promise<void> {
  await sql.query(
    `insert into household_stories (tenant_id, household_id, version, story, going_well, worries, members, written_with, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [row.tenantId, row.householdId, row.version, row.story, row.goingWell, row.worries, JSON.stringify(row.members), row.writtenWith, row.createdBy],
  );
}

export async function memberIds(sql: Sql, householdId: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>('select id from persons where tenant_id = app_tenant_id() and household_id = $1', [householdId]);
  return rows.map((r) => r.id);
}

export interface ExplorationRow {
  id: string;
  person_id: string;
  wishes: string;
  lenses: { lens: string; hinders: string; helps: string }[];
  version: number;
  updated_at: Date;
}

export async function explorations(sql: Sql, householdId: string): Promise<ExplorationRow[]> {
  return sql.query<ExplorationRow>(
    'select id, person_id, wishes, lenses, version, updated_at from explorations where tenant_id = app_tenant_id() and household_id = $1 order by created_at',
    [householdId],
  );
}

export async function insertExploration(sql: Sql, row: { tenantId: string; id: string; householdId: string; personId: string; wishes: string; lenses: unknown; createdBy: string }): Promise<void> {
  await sql.query(
    'insert into explorations (tenant_id, id, household_id, person_id, wishes, lenses, created_by) values ($1, $2, $3, $4, $5, $6, $7)',
    [row.tenantId, row.id, row.householdId, row.personId, row.wishes, JSON.stringify(row.lenses), row.createdBy],
  );
}

export async function updateExploration(sql: Sql, householdId: string, id: string, expected: number, row: { personId: string; wishes: string; lenses: unknown }): Promise<boolean> {
  const rows = await sql.query(
    `update explorations set person_id = $4, wishes = $5, lenses = $6, version = version + 1, updated_at = now()
      where tenant_id = app_tenant_id() and household_id = $1 and id = $2 and version = $3 returning id`,
    [householdId, id, expected, row.personId, row.wishes, JSON.stringify(row.lenses)],
  );
  return rows.length > 0;
}

export async function explorationVersion(sql: Sql, householdId: string, id: string): Promise<number | null> {
  const rows = await sql.query<{ version: number }>('select version from explorations where tenant_id = app_tenant_id() and household_id = $1 and id = $2', [householdId, id]);
  return rows[0]?.version ?? null;
}
