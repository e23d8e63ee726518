import type { Sql } from '../../db/database';
import type { SqlType } from './tables';

/**
 * An id-list parameter as `= any(...)` takes it, behind a sub-select so the planner cannot see how
 * many ids it holds. Seeing them, it weighs one index descent per id against reading the tenant's
 * rows along any index that starts with tenant_id; and with statistics from before a bulk write
 * (an import, `npm run generate`; PGlite has no autovacuum at all) it takes the tenant for a few
 * rows and reads all of them: with 100,000 services, 95,000 buffers for a batch of 500 ids instead
 * of 1,500. Hidden, the list counts as a few ids, and each lookup costs the same whatever the
 * directory holds (decision 0019, "Lookups by id").
 */
const idList = (n: number) => `(select $${n}::uuid[])::uuid[]`;

/** The ids among `ids` that exist in `table` (a table name from tables.ts, never user input). */
export async function existingIds(sql: Sql, table: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await sql.query<{ id: string }>(`select id from ${table} where tenant_id = app_tenant_id() and id = any(${idList(1)})`, [ids]);
  return new Set(rows.map((r) => r.id));
}

/** Stored service_at_locations for these (service, location) pairs (lower-case ids). */
export async function placesOfPairs(sql: Sql, pairs: [string, string][]): Promise<{ id: string; service_id: string; location_id: string }[]> {
  if (!pairs.length) return [];
  // The places of the pairs' services at the pairs' locations, then the pairs themselves: joined to
  // the pairs in SQL, the planner could hash the tenant's every place (see idList).
  const rows = await sql.query<{ id: string; service_id: string; location_id: string }>(
    `select id, service_id, location_id from service_at_locations
      where tenant_id = app_tenant_id() and service_id = any(${idList(1)}) and location_id = any(${idList(2)})`,
    [pairs.map(([service]) => service), pairs.map(([, location]) => location)],
  );
  const wanted = new Set(pairs.map(([service, location]) => `${service}|${location}`));
  return rows.filter((r) => wanted.has(`${r.service_id}|${r.location_id}`));
}

/** Stored schedules of these services, locations or service_at_locations (`column` from check-references.ts, never user input). */
export async function schedulesOf(sql: Sql, column: 'service_id' | 'location_id' | 'service_at_location_id', ids: string[]): Promise<Record<string, unknown>[]> {
  if (!ids.length) return [];
  return sql.query(
    `select id, service_id, location_id, service_at_location_id, freq, byday, opens_at::text as opens_at, closes_at::text as closes_at,
            valid_from::text as valid_from, valid_to::text as valid_to
       from schedules where tenant_id = app_tenant_id() and ${column} = any(${idList(1)})`,
    [ids],
  );
}

/** The stored rows of `table` with these ids, as JSON (the shape the import's values compare with). */
export async function storedRows(sql: Sql, table: string, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (!ids.length) return new Map();
  const rows = await sql.query<{ row: Record<string, unknown> }>(`select to_jsonb(x) - 'search_document' as row from ${table} x where tenant_id = app_tenant_id() and id = any(${idList(1)})`, [ids]);
  return new Map(rows.map((r) => [r.row.id as string, r.row]));
}

/**
 * Inserts or updates rows of one table in one statement. Versioned tables (organizations,
 * services, locations) get created_by on insert, and on update a new version, updated_by and
 * updated_at. Only rows that differ from the stored ones are passed in.
 */
export async function upsertRows(sql: Sql, table: string, columns: readonly (readonly [string, SqlType])[], versioned: boolean, rows: Record<string, unknown>[], userId: string): Promise<void> {
  if (!rows.length) return;
  const names = columns.map(([c]) => `"${c}"`);
  const definition = columns.map(([c, type]) => `"${c}" ${type}`).join(', ');
  const updates = columns.filter(([c]) => c !== 'id').map(([c]) => `"${c}" = excluded."${c}"`);
  if (versioned) updates.push(`version = ${table}.version + 1`, 'updated_by = excluded.updated_by', 'updated_at = now()');
  await sql.query(
    `insert into ${table} (tenant_id, ${names.join(', ')}${versioned ? ', created_by, updated_by' : ''})
     select app_tenant_id(), ${names.map((n) => `x.${n}`).join(', ')}${versioned ? ', $2::uuid, $2::uuid' : ''} from jsonb_to_recordset($1::jsonb) as x(${definition})
     on conflict (tenant_id, id) do update set ${updates.join(', ')}`,
    versioned ? [JSON.stringify(rows), userId] : [JSON.stringify(rows)],
  );
}

/** A version snapshot of every written organization, service or location: attributed to the importer. */
export async function recordVersions(sql: Sql, table: string, entity: string, ids: string[], userId: string): Promise<void> {
  if (!ids.length) return;
  await sql.query(
    `insert into directory_versions (tenant_id, entity, entity_id, version, change, snapshot, changed_by)
     select tenant_id, $2, id, version, 'imported', to_jsonb(x) - 'search_document', $3 from ${table} x where tenant_id = app_tenant_id() and id = any(${idList(1)})`,
    [ids, entity, userId],
  );
}

export interface ImportJobRow {
  id: string;
  mode: 'preview' | 'apply';
  status: 'running' | 'checked' | 'rejected' | 'applied' | 'failed';
  file_names: string[];
  progress_done: number;
  progress_total: number;
  result: Record<string, unknown>;
  created_at: Date;
  finished_at: Date | null;
}

export async function insertImportJob(sql: Sql, job: { id: string; mode: string; fileNames: string[]; userId: string; owner: string }): Promise<ImportJobRow> {
  const rows = await sql.query<ImportJobRow>(
    'insert into directory_imports (tenant_id, id, mode, file_names, created_by, owner) values (app_tenant_id(), $1, $2, $3, $4, $5) returning *',
    [job.id, job.mode, job.fileNames, job.userId, job.owner],
  );
  return rows[0]!;
}

export async function importJob(sql: Sql, id: string): Promise<ImportJobRow | null> {
  const rows = await sql.query<ImportJobRow>('select * from directory_imports where tenant_id = app_tenant_id() and id = $1', [id]);
  return rows[0] ?? null;
}

export async function finishImportJob(sql: Sql, id: string, status: string, total: number, result: unknown): Promise<void> {
  await sql.query(
    `update directory_imports set status = $2, progress_done = $3, progress_total = $3, result = $4::jsonb, finished_at = now()
      where tenant_id = app_tenant_id() and id = $1`,
    [id, status, total, JSON.stringify(result)],
  );
}

/** Every municipality's id (as the app role without a tenant: tenants is readable). */
export async function tenantIds(sql: Sql): Promise<string[]> {
  return (await sql.query<{ id: string }>('select id from tenants order by id')).map((r) => r.id);
}

/** Running jobs whose instance has not touched them for `seconds`: that instance stopped, and the job with it. */
export async function failStaleImportJobs(sql: Sql, seconds: number, result: unknown): Promise<number> {
  const rows = await sql.query<{ id: string }>(
    `update directory_imports set status = 'failed', result = $2::jsonb, finished_at = now()
      where tenant_id = app_tenant_id() and status = 'running' and heartbeat_at < now() - make_interval(secs => $1) returning id`,
    [seconds, JSON.stringify(result)],
  );
  return rows.length;
}

/** The heartbeat of a job this instance runs (a no-op once it has ended). */
export async function touchImportJob(sql: Sql, id: string, owner: string): Promise<void> {
  await sql.query(`update directory_imports set heartbeat_at = now() where tenant_id = app_tenant_id() and id = $1 and owner = $2 and status = 'running'`, [id, owner]);
}

export async function setImportProgress(sql: Sql, id: string, done: number, total: number): Promise<void> {
  await sql.query('update directory_imports set progress_done = $2, progress_total = $3 where tenant_id = app_tenant_id() and id = $1', [id, done, total]);
}

/** Services whose search document depends on these organisations, locations or taxonomy terms. */
export async function servicesTouchedBy(sql: Sql, organizationIds: string[], locationIds: string[], termIds: string[]): Promise<string[]> {
  if (!organizationIds.length && !locationIds.length && !termIds.length) return [];
  const rows = await sql.query<{ id: string }>(
    `select id from services where tenant_id = app_tenant_id() and organization_id = any(${idList(1)})
     union select service_id from service_at_locations where tenant_id = app_tenant_id() and location_id = any(${idList(2)})
     union select link_id from attributes where tenant_id = app_tenant_id() and taxonomy_term_id = any(${idList(3)}) and link_entity = 'service'`,
    [organizationIds, locationIds, termIds],
  );
  return rows.map((r) => r.id);
}
