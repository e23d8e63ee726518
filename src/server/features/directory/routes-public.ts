import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DirectoryId, PublicServiceDetail, PublicServiceSearchQuery, ServiceFiltersView, ServicePage } from '../../../contracts/directory';
import { withVisitor } from '../../platform/http/context';
import { getPublicService } from './get-service';
import { searchPublicServices, searchSettings, type SearchContext } from './search-services';
import { serviceFilters } from './service-filters';

const tags = ['Directory (public)'];
export const ServiceParams = z.strictObject({ serviceId: DirectoryId });

/** The point to measure from (geocoded outside any transaction) and the clock of this search. */
export async function searchContext(req: FastifyRequest, postcode: string | undefined): Promise<SearchContext> {
  return { tenantId: req.tenantId, origin: postcode ? await req.server.services.postcodes.resolve(req.tenantId, postcode) : null, now: new Date() };
}

export async function publicDirectoryRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: fastify.services.config.DIRECTORY_PUBLIC_RATE_LIMIT, timeWindow: '1 minute' };

  app.get('/api/v1/public/services', {
    schema: {
      operationId: 'searchPublicServices', tags, querystring: PublicServiceSearchQuery, response: { 200: ServicePage },
      description: 'Searches the public directory (no sign-in): public, approved, active entries. Dutch stemming, accent folding and typo tolerance; filters; distance from a postcode.',
    },
    config: { rateLimit },
  }, async (req) => {
    const ctx = await searchContext(req, req.query.postcode);
    return withVisitor(req, (sql) => searchPublicServices(sql, req.query, ctx), { settings: searchSettings(req.query), readOnly: true });
  });

  app.get('/api/v1/public/services/:serviceId', {
    schema: { operationId: 'getPublicService', tags, params: ServiceParams, response: { 200: PublicServiceDetail }, description: 'A public service page: how to get in, opening times, locations, contact.' },
    config: { rateLimit },
  }, async (req) => withVisitor(req, (sql) => getPublicService(sql, req.params.serviceId, new Date()), { readOnly: true }));

  app.get('/api/v1/public/service-filters', {
    schema: { operationId: 'getServiceFilters', tags, response: { 200: ServiceFiltersView }, description: 'Themes, districts with neighbourhoods and languages for the search form.' },
    config: { rateLimit },
  }, async (req) => withVisitor(req, (sql) => serviceFilters(sql), { readOnly: true }));
}
