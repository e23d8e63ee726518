import type { DirectoryImportInput } from '../../../contracts/hsds';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { newId } from '../../platform/ids';
import { toImportView } from './import-view';
import { requireDirectoryImporter } from './policy';
import * as q from './queries';
import type { StoredUpload, UploadStore } from './upload-store';

/**
 * Registers an import job of the actor's own uploads (marked in use until the job is done; an
 * apply uses them up), run by this app instance (`owner`); the caller starts `runImport` once this
 * transaction has committed.
 */
export async function startImport(sql: Sql, actor: Actor, input: DirectoryImportInput, store: UploadStore, owner: string) {
  requireDirectoryImporter(actor);
  const uploads: StoredUpload[] = store.claim(actor, input.fileIds, input.mode === 'apply');
  try {
    const job = await q.insertImportJob(sql, { id: newId(), mode: input.mode, fileNames: uploads.map((f) => f.name), userId: actor.userId, owner });
    return { view: toImportView(job), uploads };
  } catch (error) {
    await store.release(uploads);
    throw error;
  }
}
