import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { decodeUtf8, EncodingProblem } from './decode-stream';
import { readHsdsCsv } from './read-csv';
import { JsonReadError } from './json-records';
import { readHsdsJson } from './read-json';
import type { ImportStaging } from './staging';

export interface ImportSource {
  name: string;
  /** The uploaded file on disk. */
  path: string;
  bytes: number;
}

/**
 * Reads every uploaded file from disk, record by record, into the staging; an unreadable file (not
 * UTF-8, broken JSON or CSV) becomes a problem naming it. `onBytes` follows the bytes read.
 */
export async function readFiles(set: ImportStaging, files: readonly ImportSource[], onBytes: (bytes: number) => void): Promise<void> {
  let read = 0;
  for (const file of files) {
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        read += chunk.length;
        onBytes(read);
        done(null, chunk);
      },
    });
    const text = decodeUtf8(createReadStream(file.path, { highWaterMark: 256 * 1024 }).pipe(counter));
    try {
      if (/\.json$/i.test(file.name)) await readHsdsJson(set, file.name, text);
      else await readHsdsCsv(set, file.name, text);
    } catch (error) {
      if (error instanceof EncodingProblem) set.problem({ file: file.name, code: 'encoding', message: error.message });
      else if (error instanceof JsonReadError) set.problem({ file: file.name, ...(error.pointer ? { pointer: error.pointer } : {}), code: 'unreadable', message: `The JSON cannot be read: ${error.message}` });
      else if (/\.json$/i.test(file.name) && error instanceof Error && !(error instanceof TypeError)) set.problem({ file: file.name, code: 'unreadable', message: `The JSON cannot be read: ${error.message}` });
      else throw error;
    }
  }
  await set.finish();
}
