import { parse } from 'csv-parse/sync';
import type { InvalidParam } from '../../platform/errors';

export interface PostcodeRow {
  /** The data row number in the file (1 = first row after the header). */
  row: number;
  postcode: string;
  neighbourhoodCode: string;
}

const HEADER = ['postcode', 'neighbourhood_code'];

/**
 * Parses `postcode,neighbourhood_code` (comma or semicolon separated, header required). Returns all
 * rows or every problem found, each naming the row (1 = first data row) and the field.
 */
export function parsePostcodeCsv(text: string): { rows: PostcodeRow[]; problems: InvalidParam[] } {
  let records: string[][];
  try {
    const delimiter = (text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
    records = parse(text, { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return { rows: [], problems: [{ name: 'body', reason: `The CSV cannot be read: ${(error as Error).message}` }] };
  }
  const [header, ...data] = records;
  if (!header || header.map((h) => h.toLowerCase()).join(',') !== HEADER.join(','))
    return { rows: [], problems: [{ name: 'body.header', reason: `The first line must be: ${HEADER.join(',')}` }] };
  const rows: PostcodeRow[] = [];
  const problems: InvalidParam[] = [];
  const seen = new Map<string, number>();
  data.forEach((record, i) => {
    const row = i + 1;
    const postcode = (record[0] ?? '').toUpperCase().replace(/\s+/g, '');
    const neighbourhoodCode = (record[1] ?? '').toUpperCase();
    if (record.length !== 2) problems.push({ name: `body.rows.${row}`, reason: `Row ${row} has ${record.length} fields instead of 2` });
    else if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode)) problems.push({ name: `body.rows.${row}.postcode`, reason: `Row ${row}: "${record[0]}" is not a postcode like 1234AB` });
    else if (!/^BU\d{8}$/.test(neighbourhoodCode)) problems.push({ name: `body.rows.${row}.neighbourhood_code`, reason: `Row ${row}: "${record[1]}" is not a CBS neighbourhood code like BU01234567` });
    else if (seen.has(postcode)) problems.push({ name: `body.rows.${row}.postcode`, reason: `Row ${row}: postcode ${postcode} is also on row ${seen.get(postcode)}` });
    else {
      seen.set(postcode, row);
      rows.push({ row, postcode, neighbourhoodCode });
    }
  });
  if (!data.length) problems.push({ name: 'body.rows', reason: 'The file has no rows' });
  return { rows, problems };
}
