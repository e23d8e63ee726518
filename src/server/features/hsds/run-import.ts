import { rm } from 'node:fs/promises';
import type { Database } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { checkReferences, type Lookup } from './check-references';
import { startHeartbeat } from './import-heartbeat';
import { compareImport } from './plan-import';
import * as q from './queries';
import { readFiles } from './read-files';
import { ImportStaging } from './staging';
import type { StoredUpload, UploadStore } from './upload-store';

export interface LiveProgress {
  done: number;
  total: number;
  stage: 'reading' | 'checking' | 'writing';
}

/** Progress of the imports running in this process (during the one write transaction the row cannot show it). */
export const liveProgress = new Map<string, LiveProgress>();

/**
 * The background part of an import: read the uploaded files from disk record by record into a
 * staging folder (checking each record on its own), check what connects them (references, places,
 * opening hours), compare with the directory batch by batch, and — for `apply` without problems —
 * write it all in one transaction, together with the job's outcome and the audit event. Problems
 * leave the directory untouched. The staging folder is removed afterwards, and an apply's uploads
 * too (a preview's wait, so that they can be applied next). Meanwhile the job's heartbeat tells
 * other instances on the same database that `owner` still runs it.
 */
export async function runImport(db: Database, actor: Actor, jobId: string, mode: 'preview' | 'apply', uploads: StoredUpload[], store: UploadStore, owner: string): Promise<void> {
  const context = { tenantId: actor.tenantId, userId: actor.userId };
  const fileNames = uploads.map((f) => f.name);
  const lookup: Lookup = (work) => db.withTenant(context, work);
  let folder: string | null = null;
  const stopHeartbeat = startHeartbeat(db, context, jobId, owner);
  try {
    folder = await store.workFolder(jobId);
    const set = new ImportStaging(folder);
    const bytes = uploads.reduce((n, u) => n + u.bytes, 0);
    liveProgress.set(jobId, { done: 0, total: bytes, stage: 'reading' });
    await readFiles(set, uploads, (done) => liveProgress.set(jobId, { done, total: bytes, stage: 'reading' }));
    liveProgress.set(jobId, { done: 0, total: set.count, stage: 'checking' });
    await checkReferences(lookup, set);
    const ignored = [...set.ignored];
    if (set.problemCount) {
      await db.withTenant(context, async (sql) => {
        await q.finishImportJob(sql, jobId, 'rejected', set.count, { counts: {}, samples: [], problems: set.problems, problemCount: set.problemCount, ignored });
        audit(sql, actor, { eventType: 'directory.import_rejected', action: 'update', outcome: 'failure', objectType: 'directory_import', objectId: jobId, details: { mode, files: fileNames, problems: set.problemCount } });
      });
      return;
    }
    const stage = mode === 'apply' ? 'writing' : 'checking';
    const progress = (done: number) => liveProgress.set(jobId, { done, total: set.count, stage });
    const finish = async (sql: Parameters<Parameters<Lookup>[0]>[0], outcome: Awaited<ReturnType<typeof compareImport>>) => {
      await q.finishImportJob(sql, jobId, mode === 'apply' ? 'applied' : 'checked', outcome.written, { counts: outcome.counts, samples: outcome.samples, problems: [], problemCount: 0, ignored });
      audit(sql, actor, { eventType: mode === 'apply' ? 'directory.imported' : 'directory.import_previewed', action: mode === 'apply' ? 'update' : 'read', objectType: 'directory_import', objectId: jobId, details: { files: fileNames, counts: outcome.counts } });
    };
    if (mode === 'preview') {
      // Each batch in a short transaction of its own, so that on PGlite the poll (and everyone else) gets a turn.
      const outcome = await compareImport(lookup, set, null, progress);
      await db.withTenant(context, (sql) => finish(sql, outcome));
    } else {
      await db.withTenant(context, async (sql) => finish(sql, await compareImport((work) => work(sql), set, { userId: actor.userId }, progress)));
    }
  } catch {
    const problems = [{ code: 'internal', file: fileNames.join(', '), message: 'The import stopped unexpectedly and nothing was written. Try again; if it happens again, tell the maintainers.' }];
    await db.withTenant(context, (sql) => q.finishImportJob(sql, jobId, 'failed', 0, { counts: {}, samples: [], problems, problemCount: 1, ignored: [] })).catch(() => undefined);
  } finally {
    stopHeartbeat();
    liveProgress.delete(jobId);
    if (folder) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    await store.release(uploads).catch(() => undefined);
  }
}
