import type { Database, TenantContext } from '../../db/database';
import * as q from './queries';

export const HEARTBEAT_MS = 30_000;

/**
 * While an import runs, its instance touches the job's heartbeat every `everyMs`, in a short
 * transaction of its own (the apply's write transaction may last minutes), so that other instances
 * on the same database know it still runs. Returns the stop function. A failed beat is left to the
 * next one; on PGlite (one connection) beats wait for the write transaction, but PGlite has only
 * this one instance.
 */
export function startHeartbeat(db: Database, context: TenantContext, jobId: string, owner: string, everyMs = HEARTBEAT_MS): () => void {
  const timer = setInterval(() => void db.withTenant(context, (sql) => q.touchImportJob(sql, jobId, owner)).catch(() => undefined), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
