import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ServiceDetail, ServicePage, ServiceSearchQuery } from '../../../contracts/directory';
import { sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { getService } from './get-service';
import { searchContext, ServiceParams } from './routes-public';
import { requireDirectoryReader, searchSettings, searchStaffServices } from './search-services';

const tags = ['Directory'];

export async function serviceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/services', {
    schema: {
      operationId: 'searchServices', tags, querystring: ServiceSearchQuery, response: { 200: ServicePage },
      description: 'Searches the directory for staff: also entries for professionals only; the team and keepers see pending or rejected entries (moderation=…).',
    },
  }, async (req) => {
    // Signed in and allowed before anything is geocoded for this request.
    if (req.query.postcode) await withActor(req, async (_sql, actor) => requireDirectoryReader(actor));
    const ctx = await searchContext(req, req.query.postcode);
    return withActor(req, (sql, actor) => searchStaffServices(sql, actor, req.query, ctx), { settings: searchSettings(req.query) });
  });

  app.get('/api/v1/services/:serviceId', {
    schema: { operationId: 'getService', tags, params: ServiceParams, response: { 200: ServiceDetail }, description: 'A service with everything, its version (ETag) and whether you may edit it.' },
  }, async (req, reply) => {
    const service = await withActor(req, (sql, actor) => getService(sql, actor, req.params.serviceId, new Date()));
    sendVersion(reply, service.version);
    return service;
  });
}
