import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DirectoryId } from '../../../contracts/directory';
import { withVisitor } from '../../platform/http/context';
import { getObject, getService, listObjects, listServices } from './hsds-api';
import { hsdsOpenApi } from './hsds-schemas';

export const HSDS_BASE = '/hsds/v3';
const Paging = { page: z.coerce.number().int().min(1).max(100_000).default(1), per_page: z.coerce.number().int().min(1).max(500).default(50) };
/** HSDS's query parameters; the ones Wijkwijs does not support (format, full, postcode, …) are ignored, as HSDS allows. */
const ServiceQuery = z.object({
  ...Paging,
  search: z.string().trim().min(1).max(200).optional(),
  taxonomy_term_id: DirectoryId.optional(),
  taxonomy_id: DirectoryId.optional(),
  organization_id: DirectoryId.optional(),
  modified_after: z.iso.datetime({ offset: true }).optional(),
});
const PageQuery = z.object(Paging);
const IdParams = z.object({ id: DirectoryId });
const hide = { hide: true };
const base = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? 'localhost'}${HSDS_BASE}`;

/**
 * The HSDS 3 API (export), apart from /api/v1: HSDS's own paths, paging and records, its own
 * OpenAPI document, no sign-in, rate-limited. Only public, approved services are shown, and
 * organisations, locations and service at locations only through such a service.
 */
export async function hsdsApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const config = { rateLimit: { max: fastify.services.config.DIRECTORY_PUBLIC_RATE_LIMIT, timeWindow: '1 minute' } };
  const paging = (q: { page: number; per_page: number }) => ({ page: q.page, perPage: q.per_page });

  app.get(`${HSDS_BASE}/`, { schema: hide, config }, async (req) => ({ version: '3.0', profile: 'https://docs.openreferral.org/en/3.0/', openapi_url: `${base(req)}/openapi.json` }));
  app.get(`${HSDS_BASE}/openapi.json`, { schema: hide, config }, async (req) => ({ ...hsdsOpenApi(), servers: [{ url: base(req), description: 'Wijkwijs — HSDS 3.0 export of the public directory' }] }));

  app.get(`${HSDS_BASE}/services`, { schema: { ...hide, querystring: ServiceQuery }, config }, async (req) => {
    const { search, taxonomy_term_id: taxonomyTermId, taxonomy_id: taxonomyId, organization_id: organizationId, modified_after: modifiedAfter } = req.query;
    return withVisitor(req, (sql) => listServices(sql, { search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter }, paging(req.query)));
  });
  app.get(`${HSDS_BASE}/services/:id`, { schema: { ...hide, params: IdParams }, config }, async (req) => withVisitor(req, (sql) => getService(sql, req.params.id)));

  for (const table of ['organizations', 'locations', 'service_at_locations', 'taxonomies', 'taxonomy_terms'] as const) {
    app.get(`${HSDS_BASE}/${table}`, { schema: { ...hide, querystring: PageQuery }, config }, async (req) => withVisitor(req, (sql) => listObjects(sql, table, paging(req.query))));
    app.get(`${HSDS_BASE}/${table}/:id`, { schema: { ...hide, params: IdParams }, config }, async (req) => withVisitor(req, (sql) => getObject(sql, table, req.params.id)));
  }
}
