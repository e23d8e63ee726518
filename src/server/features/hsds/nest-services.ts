import type { Sql } from '../../db/database';
import { rowsWhere } from './export-queries';
import { toHsdsRecord, type HsdsRecord } from './hsds-record';

type Row = Record<string, unknown>;
const by = (rows: Row[], column: string) => (id: unknown) => rows.filter((r) => r[column] === id);
const ids = (rows: Row[], column = 'id') => [...new Set(rows.map((r) => r[column]).filter((v): v is string => typeof v === 'string'))];

/**
 * Fully nested HSDS service records (as `service_full.json`), in the order of `serviceIds`: the
 * organisation, phones with languages, schedules, service at locations with their location
 * (addresses, phones, languages, accessibility, schedules, contacts), languages, cost options,
 * contacts and attributes with their taxonomy term.
 */
export async function nestServices(sql: Sql, serviceIds: string[]): Promise<HsdsRecord[]> {
  const services = await rowsWhere(sql, 'services', 'id', serviceIds);
  const sals = await rowsWhere(sql, 'service_at_locations', 'service_id', serviceIds);
  const locations = await rowsWhere(sql, 'locations', 'id', ids(sals, 'location_id'));
  const owners = [...serviceIds, ...ids(sals), ...ids(locations)];
  const organizations = await rowsWhere(sql, 'organizations', 'id', ids(services, 'organization_id'));
  const each = (table: string, columns: string[]) => Promise.all(columns.map((c) => rowsWhere(sql, table, c, owners))).then((lists) => lists.flat());
  const phones = await each('phones', ['service_id', 'service_at_location_id', 'location_id']);
  const schedules = await each('schedules', ['service_id', 'service_at_location_id', 'location_id']);
  const contacts = await each('directory_contacts', ['service_id', 'service_at_location_id', 'location_id']);
  const languages = await each('languages', ['service_id', 'location_id']);
  const phoneLanguages = await rowsWhere(sql, 'languages', 'phone_id', ids(phones));
  const contactPhones = await rowsWhere(sql, 'phones', 'contact_id', ids(contacts));
  const addresses = await rowsWhere(sql, 'addresses', 'location_id', ids(locations));
  const accessibility = await rowsWhere(sql, 'accessibilities', 'location_id', ids(locations));
  const costOptions = await rowsWhere(sql, 'cost_options', 'service_id', serviceIds);
  const attributes = await rowsWhere(sql, 'attributes', 'link_id', serviceIds);
  const terms = await rowsWhere(sql, 'taxonomy_terms', 'id', ids(attributes, 'taxonomy_term_id'));

  const unique = (rows: Row[]) => [...new Map(rows.map((r) => [r.id, r])).values()];
  const phone = (r: Row) => ({ ...toHsdsRecord('phone', r), languages: by(unique(phoneLanguages), 'phone_id')(r.id).map((l) => toHsdsRecord('language', l)) });
  const contact = (r: Row) => ({ ...toHsdsRecord('contact', r), phones: by(unique(contactPhones), 'contact_id')(r.id).map(phone) });
  const nested = (column: string, id: unknown) => ({
    phones: by(unique(phones), column)(id).map(phone),
    schedules: by(unique(schedules), column)(id).map((s) => toHsdsRecord('schedule', s)),
    contacts: by(unique(contacts), column)(id).map(contact),
  });
  const location = (r: Row) => ({
    ...toHsdsRecord('location', r), ...nested('location_id', r.id),
    languages: by(unique(languages), 'location_id')(r.id).map((l) => toHsdsRecord('language', l)),
    addresses: by(addresses, 'location_id')(r.id).map((a) => toHsdsRecord('address', a)),
    accessibility: by(accessibility, 'location_id')(r.id).map((a) => toHsdsRecord('accessibility', a)),
  });
  const byId = new Map(services.map((s) => {
    const organization = organizations.find((o) => o.id === s.organization_id);
    return [s.id, {
      ...toHsdsRecord('service', s), ...nested('service_id', s.id),
      ...(organization ? { organization: toHsdsRecord('organization', organization) } : {}),
      last_modified: new Date(String(s.updated_at)).toISOString(),
      service_at_locations: by(sals, 'service_id')(s.id).map((x) => {
        const place = locations.find((l) => l.id === x.location_id);
        return { ...toHsdsRecord('service_at_location', x), ...nested('service_at_location_id', x.id), ...(place ? { location: location(place) } : {}) };
      }),
      languages: by(unique(languages), 'service_id')(s.id).map((l) => toHsdsRecord('language', l)),
      cost_options: by(costOptions, 'service_id')(s.id).map((c) => toHsdsRecord('cost_option', c)),
      attributes: by(attributes, 'link_id')(s.id).map((a) => {
        const term = terms.find((t) => t.id === a.taxonomy_term_id);
        return { ...toHsdsRecord('attribute', a), ...(term ? { taxonomy_term: toHsdsRecord('taxonomy_term', term) } : {}) };
      }),
    }] as const;
  }));
  return serviceIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
