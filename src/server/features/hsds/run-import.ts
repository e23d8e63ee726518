import type { Database } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { applyPlan, rowsToWrite } from './apply-plan';
import { checkRecords } from './check-records';
import { checkReferences } from './check-references';
import { checkScheduleOverlaps } from './check-schedules';
import { countPlan, planImport, samplePlan } from './plan-import';
import * as q from './queries';
import { readFiles, type UploadedFile } from './read-files';

const MAX_PROBLEMS = 500;

/** Progress of the imports running in this process (during the one write transaction the row cannot show it). */
export const liveProgress = new Map<string, { done: number; total: number }>();

/**
 * The background part of an import: read, check (schemas, own rules, references), compare with
 * the directory, and — for `apply` without problems — write it all in one transaction, together
 * with the job's outcome and the audit event. Problems leave the directory untouched.
 */
export async function runImport(db: Database, actor: Actor, jobId: string, mode: 'preview' | 'apply', files: UploadedFile[]): Promise<void> {
  const context = { tenantId: actor.tenantId, userId: actor.userId };
  const fileNames = files.map((f) => f.name);
  try {
    const set = readFiles(files);
    files.length = 0;
    liveProgress.set(jobId, { done: 0, total: set.count });
    checkRecords(set);
    checkScheduleOverlaps(set);
    await db.withTenant(context, (sql) => checkReferences(sql, set));
    const ignored = [...set.ignored];
    if (set.problems.length) {
      const problems = set.problems.slice(0, MAX_PROBLEMS);
      await db.withTenant(context, async (sql) => {
        await q.finishImportJob(sql, jobId, 'rejected', set.count, { counts: {}, samples: [], problems, problemCount: set.problems.length, ignored });
        await audit(sql, actor, { eventType: 'directory.import_rejected', action: 'update', outcome: 'failure', objectType: 'directory_import', objectId: jobId, details: { mode, files: fileNames, problems: set.problems.length } });
      });
      return;
    }
    await db.withTenant(context, async (sql) => {
      const plans = await planImport(sql, set);
      const counts = countPlan(plans);
      const outcome = { counts, samples: samplePlan(plans), problems: [], problemCount: 0, ignored };
      const total = rowsToWrite(plans);
      if (mode === 'apply') {
        liveProgress.set(jobId, { done: 0, total });
        await applyPlan(sql, plans, actor.userId, (done) => liveProgress.set(jobId, { done, total }));
      }
      await q.finishImportJob(sql, jobId, mode === 'apply' ? 'applied' : 'checked', total, outcome);
      await audit(sql, actor, { eventType: mode === 'apply' ? 'directory.imported' : 'directory.import_previewed', action: mode === 'apply' ? 'update' : 'read', objectType: 'directory_import', objectId: jobId, details: { files: fileNames, counts } });
    });
  } catch {
    const problems = [{ code: 'internal', file: fileNames.join(', '), message: 'The import stopped unexpectedly and nothing was written. Try again; if it happens again, tell the maintainers.' }];
    await db.withTenant(context, (sql) => q.finishImportJob(sql, jobId, 'failed', 0, { counts: {}, samples: [], problems, problemCount: 1, ignored: [] })).catch(() => undefined);
  } finally {
    liveProgress.delete(jobId);
  }
}
