import fc from 'fast-check';

/** Generated HSDS services and single-field corruptions, for the importers' property tests. */
export const COLUMNS = ['id', 'name', 'description', 'status', 'minimum_age', 'maximum_age', 'kind', 'cost', 'places_available'] as const;
export type Service = Record<(typeof COLUMNS)[number], string | number>;

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
const service: fc.Arbitrary<Service> = fc
  .record({ id: fc.uuid({ version: 4 }), name: text, description: fc.string({ unit: 'grapheme', maxLength: 80 }), status: fc.constantFrom('active', 'inactive', 'defunct', 'temporarily closed'),
    minimum_age: fc.integer({ min: 0, max: 18 }), span: fc.integer({ min: 0, max: 80 }), kind: fc.constantFrom('formal', 'informal'), cost: fc.constantFrom('free', 'low', 'paid'), places_available: fc.integer({ min: 0, max: 500 }) })
  .map(({ span, ...s }) => ({ ...s, maximum_age: s.minimum_age + span }));
export const services = fc.uniqueArray(service, { minLength: 1, maxLength: 12, selector: (s) => s.id });

/** RFC 4180: every field quoted, quotes doubled (what a spreadsheet writes). */
export const toCsv = (rows: Service[]) => [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => `"${String(r[c]).replace(/"/g, '""')}"`).join(','))].join('\r\n');

/** One wrong value per field, and the problem code it must give. */
const CORRUPTIONS: Record<string, [unknown, string][]> = {
  id: [['not-a-uuid', 'schema']],
  status: [['open', 'schema']],
  minimum_age: [['twaalf', 'invalid_value'], [-3, 'invalid_value']],
  kind: [['formeel', 'invalid_value']],
  cost: [['gratis', 'invalid_value']],
  places_available: [[2.5, 'invalid_value'], [-1, 'invalid_value']],
};
export const corruption = fc.constantFrom(...Object.entries(CORRUPTIONS).flatMap(([field, values]) => values.map(([value, code]) => ({ field, value, code }))));

