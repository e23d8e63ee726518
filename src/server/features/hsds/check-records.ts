import { hsdsValidator } from './hsds-schemas';
import type { ImportProblem, ImportRow } from './staging';
import { allColumns, tableByObject } from './tables';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ENUMS: Record<string, readonly unknown[]> = {
  'service.kind': ['formal', 'informal'], 'service.cost': ['free', 'low', 'paid'], 'service.moderation_state': ['pending', 'approved'],
  'schedule.freq': ['WEEKLY', 'MONTHLY'], 'schedule.wkst': ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], 'address.address_type': ['physical', 'postal', 'virtual'],
};
const RANGES: Record<string, [number, number]> = {
  'location.latitude': [-90, 90], 'location.longitude': [-180, 180], 'service.places_available': [0, 1_000_000], 'service.waiting_weeks': [0, 520],
  'service.minimum_age': [0, 999], 'service.maximum_age': [0, 999],
};
const maxLength = (column: string): number =>
  column === 'name' || column === 'alternate_name' || column === 'title' ? 500 : column.endsWith('email') ? 254 : /url|uri|website|logo|link/.test(column) ? 2000 : column === 'country' ? 2 : 10_000;

/** Checks one record's values on their own against the HSDS JSON Schema and Wijkwijs' column rules (references come later). */
export function checkRow(row: ImportRow, report: (problem: ImportProblem) => void): void {
  const { object, values, origin } = row;
  const fail = (field: string | undefined, code: 'schema' | 'invalid_value', message: string) => report({ ...origin, code, object, ...(field ? { field } : {}), message });
  const validate = hsdsValidator(object);
  if (!validate(values)) {
    for (const error of validate.errors ?? []) {
      const field = error.keyword === 'required' ? String(error.params.missingProperty) : error.instancePath.split('/')[1];
      fail(field, 'schema', `${field ?? 'record'} ${error.message ?? 'is not valid'}`);
    }
  }
  const spec = tableByObject.get(object)!;
  for (const [column, type] of allColumns(spec)) {
    const value = values[column];
    if (value === undefined) continue;
    const key = `${object}.${column}`;
    if (type === 'uuid' && (typeof value !== 'string' || !UUID.test(value.toLowerCase()))) fail(column, 'invalid_value', `${column} must be a UUID`);
    else if (type === 'integer' && !Number.isInteger(value)) fail(column, 'invalid_value', `${column} must be a whole number`);
    else if ((type === 'numeric' || type === 'float8') && typeof value !== 'number') fail(column, 'invalid_value', `${column} must be a number`);
    else if (type === 'boolean' && typeof value !== 'boolean') fail(column, 'invalid_value', `${column} must be true or false`);
    else if (type === 'timestamptz' && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) fail(column, 'invalid_value', `${column} must be a date and time`);
    else if (type === 'time' && (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value))) fail(column, 'invalid_value', `${column} must be a time like 09:30`);
    else if (type === 'text' && typeof value === 'string' && value.length > maxLength(column)) fail(column, 'invalid_value', `${column} is longer than ${maxLength(column)} characters`);
    else if (ENUMS[key] && !ENUMS[key].includes(value)) fail(column, 'invalid_value', `${column} must be one of ${ENUMS[key].join(', ')}`);
    else if (RANGES[key] && typeof value === 'number' && (value < RANGES[key][0] || value > RANGES[key][1])) fail(column, 'invalid_value', `${column} must be between ${RANGES[key][0]} and ${RANGES[key][1]}`);
  }
  if (object === 'service' && typeof values.minimum_age === 'number' && typeof values.maximum_age === 'number' && values.minimum_age > values.maximum_age)
    report({ ...origin, code: 'age_range', object, field: 'minimum_age', message: `minimum_age ${values.minimum_age} is above maximum_age ${values.maximum_age}` });
  if (object === 'location' && (values.latitude === undefined) !== (values.longitude === undefined))
    fail(values.latitude === undefined ? 'latitude' : 'longitude', 'invalid_value', 'latitude and longitude come together');
  if (object === 'schedule' && typeof values.valid_from === 'string' && typeof values.valid_to === 'string' && values.valid_from > values.valid_to)
    fail('valid_to', 'invalid_value', 'valid_to is before valid_from');
}

