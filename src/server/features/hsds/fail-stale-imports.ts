import type { Database } from '../../db/database';
import type { Job } from '../../platform/jobs';
import * as q from './queries';

/** A running import whose instance has not touched it for this long stopped with that instance (heartbeats come every 30 s). */
export const STALE_AFTER_SECONDS = 120;

const STOPPED = {
  counts: {}, samples: [], problemCount: 1, ignored: [],
  problems: [{ code: 'interrupted', file: '', message: 'The server that ran this import stopped (a restart or a crash), so the import stopped and nothing was written. Start the import again.' }],
};

/**
 * At startup, before the server takes requests: marks failed the imports whose instance stopped
 * (no heartbeat for two minutes, see import-heartbeat.ts), instead of leaving them `running` for
 * ever. Imports that another instance on the same database is running keep going. Returns how
 * many; tests name their own municipality. `staleAfterSeconds` 0: every running import (PGlite,
 * whose data directory only this process can open, so nothing there still runs).
 */
export async function failStaleImports(db: Database, tenantIds?: readonly string[], staleAfterSeconds = STALE_AFTER_SECONDS): Promise<number> {
  let failed = 0;
  for (const tenantId of tenantIds ?? (await db.withoutTenant((sql) => q.tenantIds(sql))))
    failed += await db.withTenant({ tenantId }, (sql) => q.failStaleImportJobs(sql, staleAfterSeconds, STOPPED));
  return failed;
}

/** Every minute, for imports whose instance stopped while the others run on. */
export function staleImportsJob(): Job {
  return { name: 'directory_stale_imports', runForTenant: async (sql) => ({ failed: await q.failStaleImportJobs(sql, STALE_AFTER_SECONDS, STOPPED) }) };
}
