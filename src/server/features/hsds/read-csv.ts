import { parse } from 'csv-parse/sync';
import type { RowSet } from './row-set';
import { allColumns, tableByCsv } from './tables';

/** HSDS tabular files Wijkwijs does not store: accepted and ignored. */
const IGNORED_FILES = new Set(['funding.csv', 'programs.csv', 'service_areas.csv', 'required_documents.csv', 'organization_identifiers.csv', 'metadata.csv', 'meta_table_descriptions.csv']);
const ALIASES: Record<string, string> = { 'service_at_locations.csv': 'service_at_location.csv', 'accessibilities.csv': 'accessibility.csv' };

/** A CSV cell as the JSON value HSDS means: empty is absent, numbers and booleans by column type. */
function cell(text: string, type: string): unknown {
  if (text === '') return undefined;
  if (type === 'integer' || type === 'numeric' || type === 'float8') return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/**
 * Reads one file of the HSDS tabular data package (file name as in datapackage.json, e.g.
 * `services.csv`). Rows are numbered as data rows: 1 is the first row after the header.
 */
export function readHsdsCsv(set: RowSet, file: string, text: string): void {
  const name = ALIASES[file.toLowerCase()] ?? file.toLowerCase();
  if (IGNORED_FILES.has(name)) {
    set.ignored.add(file);
    return;
  }
  const spec = tableByCsv.get(name);
  if (!spec) {
    set.problem({ file, code: 'unknown_file', message: `Unknown file name: use the HSDS tabular names (${[...tableByCsv.keys()].join(', ')})` });
    return;
  }
  let records: Record<string, string>[];
  try {
    records = parse(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    set.problem({ file, code: 'unreadable', message: `The CSV cannot be read: ${(error as Error).message}` });
    return;
  }
  const types = new Map(allColumns(spec));
  records.forEach((record, i) => {
    const values: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(record)) values[column] = cell(value, types.get(column) ?? 'text');
    set.add(spec.object, values, { file, row: i + 1 });
  });
}
