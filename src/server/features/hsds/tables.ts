/**
 * The HSDS 3 objects Wijkwijs stores, in the order they are written (parents first), with their
 * columns as HSDS names them and the SQL type of each. `wijkwijs` columns are Wijkwijs' own fields
 * that ride along in HSDS records (HSDS allows unknown properties); an import changes them only
 * when a record carries them. Objects HSDS has but Wijkwijs does not store (service_area, funding,
 * program, required_document, organization_identifier, metadata) are ignored on import.
 */
export type SqlType = 'uuid' | 'text' | 'integer' | 'numeric' | 'float8' | 'date' | 'time' | 'boolean' | 'timestamptz';

export interface TableSpec {
  /** HSDS object name (the JSON Schema file is `<object>.json`). */
  object: string;
  /** The key of the per-object array in a data set, e.g. `services`. */
  key: string;
  /** The tabular data package's file. */
  csv: string;
  /** The database table. */
  table: string;
  columns: Record<string, SqlType>;
  wijkwijs: Record<string, SqlType>;
  /** Tables with version, created_by and updated_by (versioned on change). */
  versioned: boolean;
}

const t = (object: string, key: string, csv: string, table: string, columns: Record<string, SqlType>, wijkwijs: Record<string, SqlType> = {}, versioned = false): TableSpec =>
  ({ object, key, csv, table, columns: { id: 'uuid', ...columns }, wijkwijs, versioned });

export const TABLES: readonly TableSpec[] = [
  t('taxonomy', 'taxonomies', 'taxonomies.csv', 'taxonomies', { name: 'text', description: 'text', uri: 'text', version: 'text' }),
  t('taxonomy_term', 'taxonomy_terms', 'taxonomy_terms.csv', 'taxonomy_terms',
    { code: 'text', name: 'text', description: 'text', parent_id: 'uuid', taxonomy: 'text', language: 'text', taxonomy_id: 'uuid', term_uri: 'text' },
    { name_en: 'text', position: 'integer' }),
  t('organization', 'organizations', 'organizations.csv', 'organizations',
    { name: 'text', alternate_name: 'text', description: 'text', email: 'text', website: 'text', tax_status: 'text', tax_id: 'text', year_incorporated: 'integer', legal_status: 'text', logo: 'text', uri: 'text', parent_organization_id: 'uuid' },
    {}, true),
  t('service', 'services', 'services.csv', 'services',
    {
      organization_id: 'uuid', program_id: 'uuid', name: 'text', alternate_name: 'text', description: 'text', url: 'text', email: 'text', status: 'text',
      interpretation_services: 'text', application_process: 'text', fees_description: 'text', wait_time: 'text', fees: 'text', accreditations: 'text',
      eligibility_description: 'text', minimum_age: 'numeric', maximum_age: 'numeric', assured_date: 'date', assurer_email: 'text', licenses: 'text', alert: 'text',
    },
    { kind: 'text', is_public: 'boolean', cost: 'text', moderation_state: 'text', places_available: 'integer', waiting_weeks: 'integer', capacity_updated_at: 'timestamptz' }, true),
  t('location', 'locations', 'locations.csv', 'locations',
    { location_type: 'text', url: 'text', organization_id: 'uuid', name: 'text', alternate_name: 'text', description: 'text', transportation: 'text', latitude: 'float8', longitude: 'float8', external_identifier: 'text', external_identifier_type: 'text' },
    {}, true),
  t('service_at_location', 'service_at_locations', 'service_at_location.csv', 'service_at_locations', { service_id: 'uuid', location_id: 'uuid', description: 'text' }),
  t('address', 'addresses', 'addresses.csv', 'addresses',
    { location_id: 'uuid', attention: 'text', address_1: 'text', address_2: 'text', city: 'text', region: 'text', state_province: 'text', postal_code: 'text', country: 'text', address_type: 'text' }),
  t('schedule', 'schedules', 'schedules.csv', 'schedules', {
    service_id: 'uuid', location_id: 'uuid', service_at_location_id: 'uuid', valid_from: 'date', valid_to: 'date', dtstart: 'date', timezone: 'numeric', until: 'date', count: 'integer',
    wkst: 'text', freq: 'text', interval: 'integer', byday: 'text', byweekno: 'text', bymonthday: 'text', byyearday: 'text', description: 'text', opens_at: 'time', closes_at: 'time',
    schedule_link: 'text', attending_type: 'text', notes: 'text',
  }),
  t('contact', 'contacts', 'contacts.csv', 'directory_contacts',
    { organization_id: 'uuid', service_id: 'uuid', service_at_location_id: 'uuid', location_id: 'uuid', name: 'text', title: 'text', department: 'text', email: 'text' }),
  t('phone', 'phones', 'phones.csv', 'phones',
    { location_id: 'uuid', service_id: 'uuid', organization_id: 'uuid', contact_id: 'uuid', service_at_location_id: 'uuid', number: 'text', extension: 'numeric', type: 'text', description: 'text' }),
  t('language', 'languages', 'languages.csv', 'languages', { service_id: 'uuid', location_id: 'uuid', phone_id: 'uuid', name: 'text', code: 'text', note: 'text' }),
  t('accessibility', 'accessibility', 'accessibility.csv', 'accessibilities', { location_id: 'uuid', description: 'text', details: 'text', url: 'text' }),
  t('attribute', 'attributes', 'attributes.csv', 'attributes', { link_id: 'uuid', taxonomy_term_id: 'uuid', link_type: 'text', link_entity: 'text', value: 'text', label: 'text' }),
  t('cost_option', 'cost_options', 'cost_options.csv', 'cost_options',
    { service_id: 'uuid', valid_from: 'date', valid_to: 'date', option: 'text', currency: 'text', amount: 'numeric', amount_description: 'text' }),
];

export type ObjectName = string;
export const tableByObject = new Map(TABLES.map((spec) => [spec.object, spec]));
export const tableByCsv = new Map(TABLES.map((spec) => [spec.csv, spec]));
export const tableByKey = new Map(TABLES.map((spec) => [spec.key, spec]));

// Computed once per table: they are asked for every record an import reads (a tenth of the reading CPU when built each time).
const columnLists = new Map(TABLES.map((spec) => [spec, [...Object.entries(spec.columns), ...Object.entries(spec.wijkwijs)] as const]));
const linkLists = new Map(TABLES.map((spec) => [spec, Object.keys(spec.columns).filter((c) => c !== 'id' && c.endsWith('_id'))]));

/** Every column an import writes (HSDS and Wijkwijs). Shared: do not change the list. */
export const allColumns = (spec: TableSpec): readonly (readonly [string, SqlType])[] =>
  columnLists.get(spec) ?? [...Object.entries(spec.columns), ...Object.entries(spec.wijkwijs)];

/** Link columns (`*_id` other than id): merged when one record appears under several parents. Shared: do not change the list. */
export const linkColumns = (spec: TableSpec): readonly string[] => linkLists.get(spec) ?? Object.keys(spec.columns).filter((c) => c !== 'id' && c.endsWith('_id'));
