import type { Database } from '../../db/database';
import * as q from './queries';

const INTERRUPTED = {
  counts: {}, samples: [], problemCount: 1, ignored: [],
  problems: [{ code: 'interrupted', file: '', message: 'The server restarted while this import ran, so it stopped and nothing was written. Start the import again.' }],
};

/**
 * At startup, before the server takes requests: an import job still `running` was cut off by the
 * restart (jobs run inside the process that received them, see decisions 0010 and 0011), so it
 * is marked failed with a message that says so, instead of staying `running` for ever. Returns how
 * many. Only for the one server process of a database (as the in-process jobs themselves); tests
 * name their own municipality.
 */
export async function failInterruptedImports(db: Database, tenantIds?: readonly string[]): Promise<number> {
  let failed = 0;
  for (const tenantId of tenantIds ?? (await db.withoutTenant((sql) => q.tenantIds(sql))))
    failed += await db.withTenant({ tenantId }, (sql) => q.failRunningImportJobs(sql, INTERRUPTED));
  return failed;
}
