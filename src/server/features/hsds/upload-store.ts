import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';

export interface StoredUpload {
  id: string;
  tenantId: string;
  userId: string;
  name: string;
  path: string;
  bytes: number;
  createdAt: Date;
  /** Jobs reading it now: it is not swept while they run. */
  inUse: number;
}

/** An unused upload is removed this long after it arrived (a preview's files wait this long for the apply). */
const KEEP_MS = 2 * 60 * 60 * 1000;
/** Folders of processes that stopped without cleaning up are removed after a day. */
const STALE_FOLDER_MS = 24 * 60 * 60 * 1000;

/**
 * Uploaded import files on disk, one folder per running process under DATA_DIR/hsds-uploads, with
 * who uploaded them kept in memory: an upload is found only by the user and municipality that
 * sent it, and only by the process that received it (the import job runs there too, see 0011).
 */
export class UploadStore {
  private readonly uploads = new Map<string, StoredUpload>();

  private constructor(readonly dir: string) {}

  static async open(dataDir: string): Promise<UploadStore> {
    const parent = join(dataDir, 'hsds-uploads');
    await mkdir(parent, { recursive: true });
    for (const entry of await readdir(parent).catch(() => [])) {
      const folder = join(parent, entry);
      const info = await stat(folder).catch(() => null);
      if (info && Date.now() - info.mtimeMs > STALE_FOLDER_MS) await rm(folder, { recursive: true, force: true });
    }
    const dir = join(parent, `${process.pid}-${randomBytes(4).toString('hex')}`);
    await mkdir(dir, { recursive: true });
    return new UploadStore(dir);
  }

  /** Streams a request body to a file, refusing it (and removing the part written) past `limit` bytes. */
  async save(actor: Actor, name: string, body: Readable, limit: number): Promise<StoredUpload> {
    await this.sweep();
    const id = newId();
    const path = join(this.dir, `${id}.upload`);
    let bytes = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > limit) done(new AppError('payload_too_large', { field: 'body', detail: `The file is larger than ${Math.round(limit / 1024 / 1024)} MB.` }));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(body, count, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    const upload: StoredUpload = { id, tenantId: actor.tenantId, userId: actor.userId, name, path, bytes, createdAt: new Date(), inUse: 0 };
    this.uploads.set(id, upload);
    return upload;
  }

  /**
   * The actor's own uploads with these ids, marked in use; an unknown id is a validation problem
   * naming it. `consume` (an apply) takes them out of the store: they cannot be used again, and
   * their files go once the last job reading them is done.
   */
  claim(actor: Actor, ids: readonly string[], consume: boolean): StoredUpload[] {
    const found = ids.map((id) => this.uploads.get(id.toLowerCase()));
    const invalid = found.flatMap((u, i) => (u && u.tenantId === actor.tenantId && u.userId === actor.userId ? [] : [{ name: `body.fileIds.${i}`, reason: 'There is no uploaded file with this id (uploads are kept for two hours). Upload the file again.' }]));
    if (invalid.length) throw new AppError('validation_failed', { detail: 'Some files are not (or no longer) uploaded.', invalidParams: invalid });
    const uploads = found as StoredUpload[];
    for (const upload of uploads) {
      upload.inUse += 1;
      if (consume) this.uploads.delete(upload.id);
    }
    return uploads;
  }

  /** A job is done with its files: consumed ones that no other job reads are deleted. */
  async release(uploads: readonly StoredUpload[]): Promise<void> {
    for (const upload of uploads) {
      upload.inUse -= 1;
      if (upload.inUse === 0 && !this.uploads.has(upload.id)) await rm(upload.path, { force: true });
    }
  }

  /** A fresh folder for one job's working files (removed by the job). */
  async workFolder(jobId: string): Promise<string> {
    const folder = join(this.dir, `job-${jobId}`);
    await mkdir(folder, { recursive: true });
    return folder;
  }

  private async sweep(): Promise<void> {
    for (const upload of [...this.uploads.values()]) {
      if (upload.inUse === 0 && Date.now() - upload.createdAt.getTime() > KEEP_MS) {
        this.uploads.delete(upload.id);
        await rm(upload.path, { force: true });
      }
    }
  }

  async close(): Promise<void> {
    this.uploads.clear();
    await rm(this.dir, { recursive: true, force: true });
  }
}
