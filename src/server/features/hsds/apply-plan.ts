import type { Sql } from '../../db/database';
import { refreshDirectorySearch } from '../directory/refresh-search';
import * as q from './queries';
import { allColumns, type TableSpec } from './tables';

const BATCH = 500;

/** The ids an import changed that decide which services' search documents to rebuild. */
export class Touched {
  readonly services = new Set<string>();
  readonly organizations = new Set<string>();
  readonly locations = new Set<string>();
  readonly terms = new Set<string>();

  note(object: string, row: Record<string, unknown>): void {
    const id = row.id as string;
    if (object === 'service') this.services.add(id);
    else if (object === 'service_at_location') this.services.add(row.service_id as string);
    else if (object === 'attribute' && row.link_entity === 'service') this.services.add(row.link_id as string);
    else if (object === 'organization') this.organizations.add(id);
    else if (object === 'location') this.locations.add(id);
    else if (object === 'address') this.locations.add(row.location_id as string);
    else if (object === 'taxonomy_term') this.terms.add(id);
  }
}

/**
 * Writes one batch of new and changed rows inside the caller's one transaction (either the whole
 * import is stored or, on any error, none of it), and keeps a version of every written
 * organisation, service and location, attributed to the importer.
 */
export async function writeBatch(sql: Sql, spec: TableSpec, rows: Record<string, unknown>[], userId: string, touched: Touched): Promise<void> {
  if (!rows.length) return;
  await q.upsertRows(sql, spec.table, allColumns(spec), spec.versioned, rows, userId);
  if (spec.versioned) await q.recordVersions(sql, spec.table, spec.object, rows.map((r) => r.id as string), userId);
  for (const row of rows) touched.note(spec.object, row);
}

/** Rebuilds the search documents of the services an import touched: written ones, and those whose organisation, place or theme changed. */
export async function refreshTouched(sql: Sql, touched: Touched): Promise<void> {
  const others = await q.servicesTouchedBy(sql, [...touched.organizations], [...touched.locations], [...touched.terms]);
  const services = [...new Set([...touched.services, ...others])];
  // In batches: on PostgreSQL a refresh of thousands of rows written in this same transaction (no
  // statistics yet) planned badly; a few hundred ids at a time stay on the indexes.
  for (let i = 0; i < services.length; i += BATCH) await refreshDirectorySearch(sql, services.slice(i, i + BATCH));
}
