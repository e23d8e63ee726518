import type { DirectoryImportView } from '../../../contracts/hsds';
import type { ImportJobRow } from './queries';
import { liveProgress } from './run-import';

/** The job as the API shows it; a running job's progress comes from this process when it runs here. */
export function toImportView(job: ImportJobRow): DirectoryImportView {
  const result = job.result as Partial<Pick<DirectoryImportView, 'counts' | 'samples' | 'problems' | 'problemCount' | 'ignored'>>;
  const live = job.status === 'running' ? liveProgress.get(job.id) : undefined;
  return {
    id: job.id,
    mode: job.mode,
    status: job.status,
    fileNames: job.file_names,
    progress: live ? { ...live } : { done: job.progress_done, total: job.progress_total },
    counts: result.counts ?? {},
    samples: result.samples ?? [],
    problems: result.problems ?? [],
    problemCount: result.problemCount ?? 0,
    ignored: result.ignored ?? [],
    createdAt: job.created_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
  };
}
