import { allColumns, linkColumns, tableByObject } from './tables';

/** Where a record came from: a CSV file's data row (1 = first row after the header) or a JSON pointer. */
export interface Origin {
  file: string;
  row?: number;
  pointer?: string;
}

export type ProblemCode = 'encoding' | 'unreadable' | 'unknown_file' | 'schema' | 'invalid_value' | 'unknown_reference' | 'unknown_term' | 'age_range' | 'schedule_overlap';

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

/** The records of one import, per HSDS object and id. A record met twice (nested under two parents) is merged. */
export class RowSet {
  readonly rows = new Map<string, Map<string, ImportRow>>();
  readonly problems: ImportProblem[] = [];
  readonly ignored = new Set<string>();

  add(object: string, record: Record<string, unknown>, origin: Origin): ImportRow | null {
    const spec = tableByObject.get(object);
    if (!spec) return null;
    const values: Record<string, unknown> = {};
    for (const [column] of allColumns(spec)) if (record[column] !== undefined && record[column] !== null) values[column] = record[column];
    const id = typeof values.id === 'string' ? values.id.toLowerCase() : null;
    if (!id) {
      this.problems.push({ ...origin, code: 'schema', object, field: 'id', message: 'The record has no id' });
      return null;
    }
    values.id = id;
    let byId = this.rows.get(object);
    if (!byId) this.rows.set(object, (byId = new Map()));
    const existing = byId.get(id);
    if (!existing) {
      const row = { object, values, origin };
      byId.set(id, row);
      return row;
    }
    for (const column of linkColumns(spec)) if (existing.values[column] === undefined && values[column] !== undefined) existing.values[column] = values[column];
    return existing;
  }

  problem(problem: ImportProblem): void {
    this.problems.push(problem);
  }

  of(object: string): ImportRow[] {
    return [...(this.rows.get(object)?.values() ?? [])];
  }

  has(object: string, id: string): boolean {
    return this.rows.get(object)?.has(id.toLowerCase()) ?? false;
  }

  get count(): number {
    let n = 0;
    for (const byId of this.rows.values()) n += byId.size;
    return n;
  }
}

/** "services.csv, row 3" / "data.json, /contents/0/phones/1" — for messages and logs. */
export const describeOrigin = (origin: Origin): string => `${origin.file}${origin.row !== undefined ? `, row ${origin.row}` : ''}${origin.pointer !== undefined ? `, ${origin.pointer || '/'}` : ''}`;
