import { parse } from 'csv-parse';
import { parseText } from './decode-stream';
import type { ImportStaging } from './staging';
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

/** What an HSDS tabular file name is: a table, a file Wijkwijs ignores, or unknown. */
export function csvTable(file: string) {
  const name = ALIASES[file.toLowerCase()] ?? file.toLowerCase();
  return IGNORED_FILES.has(name) ? 'ignored' : (tableByCsv.get(name) ?? null);
}

/**
 * Reads one file of the HSDS tabular data package (file name as in datapackage.json, e.g.
 * `services.csv`) row by row. Rows are numbered as data rows: 1 is the first row after the header.
 * A CSV that cannot be parsed (e.g. a row with too many fields) stops at that row.
 */
export async function readHsdsCsv(set: ImportStaging, file: string, text: AsyncIterable<string>): Promise<void> {
  const spec = csvTable(file);
  if (spec === 'ignored') {
    set.ignored.add(file);
    return;
  }
  if (!spec) {
    set.problem({ file, code: 'unknown_file', message: `Unknown file name: use the HSDS tabular names (${[...tableByCsv.keys()].join(', ')})` });
    return;
  }
  const types = new Map(allColumns(spec));
  const rows = parseText(text, parse({ bom: true, columns: true, skip_empty_lines: true, relax_column_count: false }));
  let row = 0;
  try {
    for await (const record of rows as AsyncIterable<Record<string, string>>) {
      row += 1;
      const values: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(record)) values[column] = cell(value, types.get(column) ?? 'text');
      set.add(spec.object, values, { file, row });
      await set.drain();
    }
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('CSV_')) set.problem({ file, code: 'unreadable', message: `The CSV cannot be read: ${(error as Error).message}` });
    else throw error;
  }
}
