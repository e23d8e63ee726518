import type { Sql } from '../../db/database';
import { AppError } from '../../platform/errors';
import * as q from './export-queries';
import { toHsdsRecord, type HsdsRecord } from './hsds-record';
import { nestServices } from './nest-services';

export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsRecord[];
}

export interface Paging {
  page: number;
  perPage: number;
}

/** HSDS paging: pages count from 1. */
export function hsdsPage(contents: HsdsRecord[], total: number, { page, perPage }: Paging): HsdsPage {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return { total_items: total, total_pages: totalPages, page_number: page, size: contents.length, first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0, contents };
}

const offset = ({ page, perPage }: Paging) => (page - 1) * perPage;
const notFound = (what: string) => new AppError('not_found', { detail: `There is no public ${what} with this id.` });

export async function listServices(sql: Sql, filter: q.ServiceFilter, paging: Paging): Promise<HsdsPage> {
  const { ids, total } = await q.publicServicePage(sql, filter, offset(paging), paging.perPage);
  return hsdsPage(await nestServices(sql, ids), total, paging);
}

export async function getService(sql: Sql, id: string): Promise<HsdsRecord> {
  const [service] = await nestServices(sql, await q.publicServiceIds(sql, [id]));
  if (!service) throw notFound('service');
  return service;
}

/** Where organisations, locations and service at locations are public: through a public service. */
const VIA: Record<string, string> = {
  organizations: `exists (select 1 from services s where s.tenant_id = x.tenant_id and s.organization_id = x.id and ${q.PUBLIC_SERVICE})`,
  locations: `exists (select 1 from service_at_locations l join services s on s.tenant_id = l.tenant_id and s.id = l.service_id where l.tenant_id = x.tenant_id and l.location_id = x.id and ${q.PUBLIC_SERVICE})`,
  service_at_locations: `exists (select 1 from services s where s.tenant_id = x.tenant_id and s.id = x.service_id and ${q.PUBLIC_SERVICE})`,
  taxonomies: 'true',
  taxonomy_terms: 'true',
};
const OBJECT: Record<string, string> = { organizations: 'organization', locations: 'location', service_at_locations: 'service_at_location', taxonomies: 'taxonomy', taxonomy_terms: 'taxonomy_term' };

/** A page of organisations, locations, service at locations, taxonomies or terms (flat records). */
export async function listObjects(sql: Sql, table: keyof typeof VIA, paging: Paging): Promise<HsdsPage> {
  const { rows, total } = await q.publicPage(sql, table, VIA[table]!, offset(paging), paging.perPage);
  return hsdsPage(rows.map((row) => toHsdsRecord(OBJECT[table]!, row)), total, paging);
}

/** One of them by id; a service at location comes with its location, an organisation with its public services. */
export async function getObject(sql: Sql, table: keyof typeof VIA, id: string): Promise<HsdsRecord> {
  const { rows } = await q.publicPage(sql, table, VIA[table]!, 0, 1, id);
  const row = rows[0];
  if (!row) throw notFound(OBJECT[table]!.replace(/_/g, ' '));
  const record = toHsdsRecord(OBJECT[table]!, row);
  if (table === 'service_at_locations') {
    const [location] = await q.rowsWhere(sql, 'locations', 'id', [String(row.location_id)]);
    if (location) record.location = toHsdsRecord('location', location);
  }
  return record;
}
