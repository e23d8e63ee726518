import { z } from 'zod';
import { Timestamp, Uuid } from './common';

/**
 * HSDS 3 import and export of the directory (administrators). An import is started with
 * `POST /api/v1/directory-imports` and runs in the background; `GET /api/v1/directory-imports/{id}`
 * shows its progress and outcome. `mode: preview` only checks and counts; `mode: apply` checks
 * again and writes everything or nothing. The full data set: `GET /api/v1/directory-exports`.
 * The public HSDS 3 API lives apart at `/hsds/v3/…` (own OpenAPI document).
 */

export const HSDS_FILE_NAME = /^[A-Za-z0-9_ .()-]{1,120}\.(json|csv)$/i;
/** Largest upload: 60 MB of base64 (about 45 MB of files). */
export const MAX_IMPORT_BASE64 = 60_000_000;

export const ImportFile = z.strictObject({
  /** `.json` (an HSDS service record, a list or page of them, or per-object arrays) or a file of the HSDS tabular package (`services.csv`, …). */
  name: z.string().regex(HSDS_FILE_NAME, { error: 'Use a .json or .csv file name' }),
  /** The file's bytes in base64; the server checks that they are UTF-8 (with or without BOM). */
  data: z.base64({ error: 'Send the file content as base64' }).max(MAX_IMPORT_BASE64),
});
export const DirectoryImportInput = z.strictObject({
  mode: z.enum(['preview', 'apply']),
  files: z.array(ImportFile).min(1).max(25),
});
export type DirectoryImportInput = z.infer<typeof DirectoryImportInput>;

export const ImportStatus = z.enum(['running', 'checked', 'rejected', 'applied', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportProblemView = z.object({
  code: z.enum(['encoding', 'unreadable', 'unknown_file', 'schema', 'invalid_value', 'unknown_reference', 'unknown_term', 'age_range', 'schedule_overlap', 'internal']),
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
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
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
