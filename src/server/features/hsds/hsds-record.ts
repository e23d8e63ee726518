import { normalizeValue } from './normalize';
import { allColumns, tableByObject } from './tables';

export type HsdsRecord = Record<string, unknown>;

/**
 * A stored row as an HSDS record: its HSDS columns and Wijkwijs' own fields, under HSDS names, in
 * the same value shapes the import reads; empty values are left out (HSDS types have no null).
 */
export function toHsdsRecord(object: string, row: Record<string, unknown>): HsdsRecord {
  const spec = tableByObject.get(object)!;
  const record: HsdsRecord = {};
  for (const [column, type] of allColumns(spec)) {
    const value = normalizeValue(row[column], type);
    if (value !== null) record[column] = value;
  }
  return record;
}
