import type { Sql } from '../../db/database';
import { refreshTouched, Touched, writeBatch } from './apply-plan';
import type { Lookup } from './check-references';
import { rowToWrite, sameAsStored } from './normalize';
import * as q from './queries';
import type { ImportStaging } from './staging';
import { TABLES } from './tables';

const BATCH = 500;

export interface ImportCounts {
  [object: string]: { created: number; updated: number; unchanged: number };
}

export interface ImportSample {
  object: string;
  id: string;
  name: string | null;
  action: 'created' | 'updated';
}

export interface ImportOutcome {
  counts: ImportCounts;
  samples: ImportSample[];
  /** Rows created or updated (or, for a preview, that would be). */
  written: number;
}

const SAMPLE_ORDER = ['service', 'organization', 'location', 'taxonomy_term'];
const SAMPLES = 20;

/**
 * Compares every staged record with what is stored (by id, a batch at a time): what an import
 * creates, updates or leaves alone. With `write`, also writes each batch's new and changed rows,
 * parents first, through the caller's one transaction (see apply-plan.ts). Unchanged rows are not
 * written, so their versions stay and a re-import changes nothing.
 */
export async function compareImport(
  run: Lookup, set: ImportStaging, write: { userId: string } | null, onProgress: (done: number) => void,
): Promise<ImportOutcome> {
  const counts: ImportCounts = {};
  const samples = new Map<string, ImportSample[]>();
  const touched = new Touched();
  let done = 0;
  let written = 0;
  for (const spec of TABLES) {
    const count = (counts[spec.object] = { created: 0, updated: 0, unchanged: 0 });
    for await (const batch of set.batches(spec.object, BATCH)) {
      await run(async (sql: Sql) => {
        const stored = await q.storedRows(sql, spec.table, batch.map((r) => r.values.id as string));
        const changed: Record<string, unknown>[] = [];
        for (const row of batch) {
          const before = stored.get(row.values.id as string);
          const next = rowToWrite(spec, row.values, before);
          const action = !before ? 'created' : sameAsStored(spec, next, before) ? null : 'updated';
          if (!action) {
            count.unchanged += 1;
            continue;
          }
          count[action] += 1;
          changed.push(next);
          const kept = samples.get(spec.object) ?? [];
          if (kept.length < SAMPLES) samples.set(spec.object, [...kept, { object: spec.object, id: next.id as string, name: typeof next.name === 'string' ? next.name : null, action }]);
        }
        written += changed.length;
        if (write) await writeBatch(sql, spec, changed, write.userId, touched);
      });
      done += batch.length;
      onProgress(done);
    }
  }
  if (write) await run((sql) => refreshTouched(sql, touched));
  const ranked = [...samples.entries()].sort(([a], [b]) => (SAMPLE_ORDER.indexOf(a) + 99) % 99 - (SAMPLE_ORDER.indexOf(b) + 99) % 99);
  return { counts, samples: ranked.flatMap(([, list]) => list).slice(0, SAMPLES), written };
}
