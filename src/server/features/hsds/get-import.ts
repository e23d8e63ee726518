import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { toImportView } from './import-view';
import { requireDirectoryImporter } from './policy';
import * as q from './queries';

/** One import job of this tenant, with its progress or outcome. */
export async function getImport(sql: Sql, actor: Actor, importId: string) {
  requireDirectoryImporter(actor);
  const job = await q.importJob(sql, importId);
  if (!job) throw new AppError('not_found', { detail: 'There is no import with this id.' });
  return toImportView(job);
}
