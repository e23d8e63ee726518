import type { Sql } from '../../db/database';
import { refreshDirectorySearch } from '../directory/refresh-search';
import type { TablePlan } from './plan-import';
import * as q from './queries';
import { allColumns } from './tables';

const BATCH = 500;

/** The services whose search document an import changes: written ones, and those whose organisation, place or theme changed. */
async function touchedServices(sql: Sql, plans: TablePlan[]): Promise<string[]> {
  const ids = new Set<string>();
  const changed: Record<string, string[]> = {};
  for (const { spec, created, updated } of plans) {
    const rows = [...created, ...updated];
    changed[spec.object] = rows.map((r) => r.id as string);
    if (spec.object === 'service') rows.forEach((r) => ids.add(r.id as string));
    else if (spec.object === 'service_at_location') rows.forEach((r) => ids.add(r.service_id as string));
    else if (spec.object === 'attribute') rows.forEach((r) => r.link_entity === 'service' && ids.add(r.link_id as string));
    else if (spec.object === 'address') changed.location = [...(changed.location ?? []), ...rows.map((r) => r.location_id as string)];
  }
  const others = await q.servicesTouchedBy(sql, changed.organization ?? [], changed.location ?? [], changed.taxonomy_term ?? []);
  return [...new Set([...ids, ...others])];
}

/**
 * Writes what the plan says, parents first, in batches, inside the caller's one transaction:
 * either the whole import is stored or (on any error) none of it. Unchanged records are not
 * written, so their versions stay. Then keeps a version of every written organisation, service
 * and location, and rebuilds the search documents of the services it touched.
 */
export async function applyPlan(sql: Sql, plans: TablePlan[], userId: string, onProgress: (done: number) => void): Promise<void> {
  let done = 0;
  for (const plan of plans) {
    const rows = [...plan.created, ...plan.updated];
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await q.upsertRows(sql, plan.spec.table, allColumns(plan.spec), plan.spec.versioned, batch, userId);
      done += batch.length;
      onProgress(done);
    }
    if (plan.spec.versioned) {
      for (let i = 0; i < rows.length; i += BATCH) await q.recordVersions(sql, plan.spec.table, plan.spec.object, rows.slice(i, i + BATCH).map((r) => r.id as string), userId);
    }
  }
  // In batches: on PostgreSQL a refresh of thousands of rows written in this same transaction (no
  // statistics yet) planned badly; a few hundred ids at a time stay on the indexes.
  const services = await touchedServices(sql, plans);
  for (let i = 0; i < services.length; i += BATCH) await refreshDirectorySearch(sql, services.slice(i, i + BATCH));
}

export const rowsToWrite = (plans: TablePlan[]): number => plans.reduce((n, p) => n + p.created.length + p.updated.length, 0);
