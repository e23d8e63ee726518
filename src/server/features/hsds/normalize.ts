import type { SqlType, TableSpec } from './tables';
import { allColumns } from './tables';

/** Defaults of the columns the database requires (a record without them gets these). */
const DEFAULTS: Record<string, unknown> = {
  'taxonomies.description': '', 'taxonomy_terms.description': '', 'taxonomy_terms.position': 0, 'organizations.description': '', 'services.description': '',
  'services.status': 'active', 'services.kind': 'formal', 'services.is_public': true, 'services.moderation_state': 'approved',
  'locations.location_type': 'physical', 'addresses.state_province': '', 'addresses.country': 'NL', 'addresses.address_type': 'physical',
};

/** One value in the shape both the import and `to_jsonb` of the stored row give, so they compare. */
export function normalizeValue(value: unknown, type: SqlType): unknown {
  if (value === undefined || value === null) return null;
  switch (type) {
    case 'uuid':
      return String(value).toLowerCase();
    case 'integer':
    case 'numeric':
    case 'float8':
      return Number(value);
    case 'time': {
      const [h = '00', m = '00', s = '00'] = String(value).split(':');
      return `${h.padStart(2, '0')}:${m}:${s}`;
    }
    case 'date':
      return String(value).slice(0, 10);
    case 'timestamptz':
      return new Date(String(value)).toISOString();
    default:
      return value;
  }
}

/**
 * The complete row an import writes: HSDS columns from the record (absent = empty, or the
 * column's default), Wijkwijs columns from the record when it carries them, else as stored.
 */
export function rowToWrite(spec: TableSpec, values: Record<string, unknown>, stored: Record<string, unknown> | undefined): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, type] of allColumns(spec)) {
    const wijkwijs = column in spec.wijkwijs;
    const given = values[column];
    if (given !== undefined) row[column] = normalizeValue(given, type);
    else if (wijkwijs && stored) row[column] = normalizeValue(stored[column], type);
    else row[column] = DEFAULTS[`${spec.table}.${column}`] ?? null;
  }
  return row;
}

/** True when the stored row already holds every value the import would write. */
export function sameAsStored(spec: TableSpec, row: Record<string, unknown>, stored: Record<string, unknown>): boolean {
  return allColumns(spec).every(([column, type]) => normalizeValue(stored[column], type) === row[column]);
}
