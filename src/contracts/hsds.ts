import { z } from 'zod';
import { Timestamp, Uuid } from './common';

/**
 * HSDS 3 import and export of the directory (administrators). Each file is uploaded on its own
 * (`POST /api/v1/directory-import-files`, the raw file as body, streamed to disk); an import of
 * those files is started with `POST /api/v1/directory-imports` and runs in the background; `GET /api/v1/directory-imports/{id}`
 * shows its progress and outcome. `mode: preview` only checks and counts; `mode: apply` checks
 * again and writes everything or nothing. The full data set: `GET /api/v1/directory-exports`.
 * The public HSDS 3 API lives apart at `/hsds/v3/…` (own OpenAPI document).
 */

export const HSDS_FILE_NAME = /^[A-Za-z0-9_ .()-]{1,120}\.(json|csv)$/i;
/** Largest file: 512 MB (the server streams it to disk and reads it record by record). */
export const MAX_IMPORT_FILE_BYTES = 512 * 1024 * 1024;

/** `POST /api/v1/directory-import-files?name=services.csv`: the body is the file itself (application/json or text/csv). */
export const ImportFileQuery = z.strictObject({
  /** `.json` (an HSDS service record, a list or page of them, or per-object arrays) or a file of the HSDS tabular package (`services.csv`, …). */
  name: z.string().regex(HSDS_FILE_NAME, { error: 'Use a .json or .csv file name' }),
});
export const ImportFileView = z.object({
  id: Uuid,
  name: z.string(),
  bytes: z.number().int(),
  createdAt: Timestamp,
});
export type ImportFileView = z.infer<typeof ImportFileView>;

export const DirectoryImportInput = z.strictObject({
  mode: z.enum(['preview', 'apply']),
  /** Files uploaded by the same user with `POST /api/v1/directory-import-files`; a preview's files can be applied again. */
  fileIds: z.array(Uuid).min(1).max(25),
});
export type DirectoryImportInput = z.infer<typeof DirectoryImportInput>;

export const ImportStatus = z.enum(['running', 'checked', 'rejected', 'applied', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportProblemView = z.object({
  code: z.enum(['encoding', 'unreadable', 'unknown_file', 'schema', 'invalid_value', 'unknown_reference', 'unknown_term', 'age_range', 'schedule_overlap', 'duplicate_place', 'internal', 'interrupted']),
  file: z.string(),
  /** CSV: the data row, 1 being the first row after the header. */
  row: z.number().int().optional(),
  /** JSON: the record as a JSON pointer (`/contents/0/phones/1`). */
  pointer: z.string().optional(),
  object: z.string().optional(),
  field: z.string().optional(),
  message: z.string(),
});
export type ImportProblemView = z.infer<typeof ImportProblemView>;

export const ImportCountsView = z.record(z.string(), z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }));
export type ImportCountsView = z.infer<typeof ImportCountsView>;

export const DirectoryImportView = z.object({
  id: Uuid,
  mode: z.enum(['preview', 'apply']),
  status: ImportStatus,
  fileNames: z.array(z.string()),
  /** While it runs: `reading` counts bytes of the files, `checking` and `writing` count records. */
  progress: z.object({ done: z.number().int(), total: z.number().int(), stage: z.enum(['reading', 'checking', 'writing']).optional() }),
  counts: ImportCountsView,
  samples: z.array(z.object({ object: z.string(), id: z.string(), name: z.string().nullable(), action: z.enum(['created', 'updated']) })),
  problems: z.array(ImportProblemView),
  /** How many problems there were in all (the list holds the first 500). */
  problemCount: z.number().int(),
  /** HSDS parts Wijkwijs does not store (e.g. `funding.csv`, `service.service_areas`), skipped. */
  ignored: z.array(z.string()),
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
});
export type DirectoryImportView = z.infer<typeof DirectoryImportView>;
export const ImportIdParams = z.strictObject({ importId: Uuid });
