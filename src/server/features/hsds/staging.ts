import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkRow } from './check-records';
import { IdSet } from './id-set';
import { allColumns, linkColumns, tableByObject } from './tables';

/** Where a record came from: a CSV file's data row (1 = first row after the header) or a JSON pointer. */
export interface Origin {
  file: string;
  row?: number;
  pointer?: string;
}

export type ProblemCode =
  | 'encoding' | 'unreadable' | 'unknown_file' | 'schema' | 'invalid_value' | 'unknown_reference' | 'unknown_term' | 'age_range' | 'schedule_overlap' | 'duplicate_place';

/** One thing wrong with the input, named by file, row or record, and field. */
export interface ImportProblem extends Origin {
  code: ProblemCode;
  object?: string;
  field?: string;
  message: string;
}

export interface ImportRow {
  object: string;
  /** The record's own values, only the keys it carried (no nested objects). */
  values: Record<string, unknown>;
  origin: Origin;
}

/** Problems kept to show; the count goes on. */
export const MAX_PROBLEMS = 500;
/** Bytes of staged lines held per object before they go to disk. */
const FLUSH_BYTES = 256 * 1024;

/**
 * The records of one import, staged on disk: each record is checked on its own as it is read
 * (schema and value rules) and written as one JSON line to a file per HSDS object, so that
 * memory holds only the ids per object (for references and counts; compactly, see id-set.ts) and, for a record met twice
 * (nested under two parents), the links the later ones add. The first occurrence's values count.
 */
export class ImportStaging {
  readonly problems: ImportProblem[] = [];
  problemCount = 0;
  readonly ignored = new Set<string>();
  private readonly ids = new Map<string, IdSet>();
  private readonly patches = new Map<string, Record<string, unknown>>();
  private readonly pending = new Map<string, string[]>();
  private pendingBytes = 0;
  private readonly files = new Map<string, FileHandle>();

  constructor(readonly folder: string) {}

  /** Stages one record; returns its id (lower case), or null when it has none. */
  add(object: string, record: Record<string, unknown>, origin: Origin): string | null {
    const spec = tableByObject.get(object);
    if (!spec) return null;
    const values: Record<string, unknown> = {};
    for (const [column] of allColumns(spec)) if (record[column] !== undefined && record[column] !== null) values[column] = record[column];
    const id = typeof values.id === 'string' ? values.id.toLowerCase() : null;
    if (!id) {
      this.problem({ ...origin, code: 'schema', object, field: 'id', message: 'The record has no id' });
      return null;
    }
    values.id = id;
    let ids = this.ids.get(object);
    if (!ids) this.ids.set(object, (ids = new IdSet()));
    if (ids.has(id)) {
      const key = `${object}:${id}`;
      const patch = this.patches.get(key) ?? {};
      for (const column of linkColumns(spec)) if (patch[column] === undefined && values[column] !== undefined) patch[column] = values[column];
      if (Object.keys(patch).length) this.patches.set(key, patch);
      return id;
    }
    ids.add(id);
    checkRow({ object, values, origin }, (problem) => this.problem(problem));
    const line = `${JSON.stringify([values, origin])}\n`;
    const lines = this.pending.get(object);
    if (lines) lines.push(line);
    else this.pending.set(object, [line]);
    this.pendingBytes += line.length;
    return id;
  }

  problem(problem: ImportProblem): void {
    this.problemCount += 1;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
  }

  /** True when enough lines have gathered to go to disk. */
  get needsDrain(): boolean {
    return this.pendingBytes >= FLUSH_BYTES;
  }

  /** Writes the staged lines to disk once enough have gathered (readers await this between chunks). */
  async drain(force = false): Promise<void> {
    if (!force && this.pendingBytes < FLUSH_BYTES) return;
    for (const [object, lines] of this.pending) {
      let file = this.files.get(object);
      if (!file) this.files.set(object, (file = await open(join(this.folder, `${object}.jsonl`), 'a')));
      await file.write(lines.join(''));
    }
    this.pending.clear();
    this.pendingBytes = 0;
  }

  /** Ends staging: everything on disk, files closed. */
  async finish(): Promise<void> {
    await this.drain(true);
    for (const file of this.files.values()) await file.close();
    this.files.clear();
  }

  has(object: string, id: string): boolean {
    return this.ids.get(object)?.has(id.toLowerCase()) ?? false;
  }

  /** Records per object, and in all. */
  countOf(object: string): number {
    return this.ids.get(object)?.size ?? 0;
  }

  get count(): number {
    let n = 0;
    for (const ids of this.ids.values()) n += ids.size;
    return n;
  }

  /** The staged records of one object in the order they were read, with the links later occurrences added. */
  async *rows(object: string): AsyncGenerator<ImportRow> {
    if (!this.ids.get(object)?.size) return;
    const lines = createInterface({ input: createReadStream(join(this.folder, `${object}.jsonl`)), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const [values, origin] = JSON.parse(line) as [Record<string, unknown>, Origin];
      const patch = this.patches.get(`${object}:${values.id as string}`);
      if (patch) for (const [column, value] of Object.entries(patch)) if (values[column] === undefined) values[column] = value;
      yield { object, values, origin };
    }
  }

  /** The same, in batches. */
  async *batches(object: string, size: number): AsyncGenerator<ImportRow[]> {
    let batch: ImportRow[] = [];
    for await (const row of this.rows(object)) {
      batch.push(row);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
}

