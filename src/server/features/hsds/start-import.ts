import type { DirectoryImportInput } from '../../../contracts/hsds';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { newId } from '../../platform/ids';
import { toImportView } from './import-view';
import { requireDirectoryImporter } from './policy';
import * as q from './queries';

/** Registers an import job; the caller starts `runImport` once this transaction has committed. */
export async function startImport(sql: Sql, actor: Actor, input: DirectoryImportInput) {
  requireDirectoryImporter(actor);
  const job = await q.insertImportJob(sql, { id: newId(), mode: input.mode, fileNames: input.files.map((f) => f.name), userId: actor.userId });
  return toImportView(job);
}
