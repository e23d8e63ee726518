import type { Sql } from '../../db/database';
import { rowToWrite, sameAsStored } from './normalize';
import * as q from './queries';
import type { RowSet } from './row-set';
import { TABLES, type TableSpec } from './tables';

const BATCH = 1000;

export interface TablePlan {
  spec: TableSpec;
  created: Record<string, unknown>[];
  updated: Record<string, unknown>[];
  unchanged: number;
}

export interface ImportCounts {
  [object: string]: { created: number; updated: number; unchanged: number };
}

export interface ImportSample {
  object: string;
  id: string;
  name: string | null;
  action: 'created' | 'updated';
}

/** Compares every record with what is stored (by id): what an import would create, update or leave alone. */
export async function planImport(sql: Sql, set: RowSet): Promise<TablePlan[]> {
  const plans: TablePlan[] = [];
  for (const spec of TABLES) {
    const plan: TablePlan = { spec, created: [], updated: [], unchanged: 0 };
    const rows = set.of(spec.object);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const stored = await q.storedRows(sql, spec.table, batch.map((r) => r.values.id as string));
      for (const row of batch) {
        const before = stored.get(row.values.id as string);
        const next = rowToWrite(spec, row.values, before);
        if (!before) plan.created.push(next);
        else if (sameAsStored(spec, next, before)) plan.unchanged += 1;
        else plan.updated.push(next);
      }
    }
    plans.push(plan);
  }
  return plans;
}

export function countPlan(plans: TablePlan[]): ImportCounts {
  return Object.fromEntries(plans.map((p) => [p.spec.object, { created: p.created.length, updated: p.updated.length, unchanged: p.unchanged }]));
}

/** The first few records that would change, services and organisations first, for the preview. */
export function samplePlan(plans: TablePlan[], size = 20): ImportSample[] {
  const order = ['service', 'organization', 'location', 'taxonomy_term'];
  const ranked = [...plans].sort((a, b) => (order.indexOf(a.spec.object) + 99) % 99 - (order.indexOf(b.spec.object) + 99) % 99);
  const samples: ImportSample[] = [];
  for (const plan of ranked) {
    for (const [action, rows] of [['created', plan.created], ['updated', plan.updated]] as const) {
      for (const row of rows) {
        if (samples.length >= size) return samples;
        samples.push({ object: plan.spec.object, id: row.id as string, name: typeof row.name === 'string' ? row.name : null, action });
      }
    }
  }
  return samples;
}
