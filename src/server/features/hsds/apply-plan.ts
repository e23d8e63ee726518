import type { Sql } from '../../db/database';
import { refreshDirectorySearch } from '../directory/refresh-search';
import type { TablePlan } from './plan-import';
import * as q from './queries';
import { allColumns } from './tables';

const BATCH = 500;

/** The services whose search document an import changes (null: all, when shared parts changed). */
function touchedServices(plans: TablePlan[]): string[] | null {
  const ids = new Set<string>();
  for (const { spec, created, updated } of plans) {
    const rows = [...created, ...updated];
    if (!rows.length) continue;
    if (spec.object === 'service') rows.forEach((r) => ids.add(r.id as string));
    else if (spec.object === 'service_at_location') rows.forEach((r) => ids.add(r.service_id as string));
    else if (spec.object === 'attribute') rows.forEach((r) => r.link_entity === 'service' && ids.add(r.link_id as string));
    else if (['organization', 'location', 'address', 'taxonomy_term'].includes(spec.object)) return null;
  }
  return [...ids];
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
  const services = touchedServices(plans);
  if (services === null || services.length) await refreshDirectorySearch(sql, services);
}

export const rowsToWrite = (plans: TablePlan[]): number => plans.reduce((n, p) => n + p.created.length + p.updated.length, 0);
