import { decodeFile } from './decode-file';
import { readHsdsCsv } from './read-csv';
import { readHsdsJson } from './read-json';
import { RowSet } from './row-set';

export interface UploadedFile {
  name: string;
  /** The file's bytes, base64-encoded (so the server, not the browser, judges the encoding). */
  data: string;
}

/** Reads every uploaded file into one set of records; unreadable files become problems. */
export function readFiles(files: readonly UploadedFile[]): RowSet {
  const set = new RowSet();
  for (const file of files) {
    const decoded = decodeFile(file.name, file.data);
    if ('problem' in decoded) {
      set.problem(decoded.problem);
      continue;
    }
    if (/\.json$/i.test(file.name)) {
      let document: unknown;
      try {
        document = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
      } catch (error) {
        set.problem({ file: file.name, code: 'unreadable', message: `The JSON cannot be read: ${(error as Error).message}` });
        continue;
      }
      readHsdsJson(set, file.name, document);
    } else readHsdsCsv(set, file.name, decoded.text);
  }
  return set;
}
