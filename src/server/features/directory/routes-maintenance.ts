import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pageOf, PageQuery } from '../../../contracts/common';
import { CapacityInput, ModerationInput, ServiceDetail, ServiceInput, ServiceVersionView, UpdateServiceInput } from '../../../contracts/directory';
import { expectedVersion, sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { createService } from './create-service';
import { listServiceVersions } from './list-versions';
import { ServiceParams } from './routes-public';
import { confirmService, moderateService, updateCapacity } from './service-status';
import { updateService } from './update-service';

const tags = ['Directory'];
const optionalVersion = (header: unknown, req: Parameters<typeof expectedVersion>[0]) => (header === undefined ? null : expectedVersion(req));

/** Keeping the directory: providers their organisation's services, hosts their own activities, the team moderates. */
export async function serviceMaintenanceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post('/api/v1/services', {
    schema: { operationId: 'createService', tags, body: ServiceInput, response: { 201: ServiceDetail }, description: 'Adds a service (provider: of their organisation; host: an informal activity, moderated; admin: any).' },
  }, async (req, reply) => {
    const service = await withActor(req, (sql, actor) => createService(sql, actor, req.body));
    sendVersion(reply, service.version);
    return reply.code(201).send(service);
  });

  app.patch('/api/v1/services/:serviceId', {
    schema: { operationId: 'updateService', tags, params: ServiceParams, body: UpdateServiceInput, response: { 200: ServiceDetail }, description: 'Edits a service you keep. If-Match required (412 when someone saved in between).' },
  }, async (req, reply) => {
    const expected = expectedVersion(req);
    const service = await withActor(req, (sql, actor) => updateService(sql, actor, req.params.serviceId, expected, req.body));
    sendVersion(reply, service.version);
    return service;
  });

  app.put('/api/v1/services/:serviceId/capacity', {
    schema: { operationId: 'updateServiceCapacity', tags, params: ServiceParams, body: CapacityInput, response: { 200: ServiceDetail }, description: 'Places available and expected waiting weeks, with who and when. If-Match optional.' },
  }, async (req, reply) => {
    const service = await withActor(req, (sql, actor) => updateCapacity(sql, actor, req.params.serviceId, optionalVersion(req.headers['if-match'], req), req.body));
    sendVersion(reply, service.version);
    return service;
  });

  app.put('/api/v1/services/:serviceId/moderation', {
    schema: { operationId: 'moderateService', tags, params: ServiceParams, body: ModerationInput, response: { 200: ServiceDetail }, description: 'The team approves an entry (it goes public) or rejects it with a reason.' },
  }, async (req, reply) => {
    const service = await withActor(req, (sql, actor) => moderateService(sql, actor, req.params.serviceId, optionalVersion(req.headers['if-match'], req), req.body));
    sendVersion(reply, service.version);
    return service;
  });

  app.post('/api/v1/services/:serviceId/confirmations', {
    schema: { operationId: 'confirmService', tags, params: ServiceParams, response: { 201: ServiceDetail }, description: 'The keeper confirms the entry is still current (informal entries: flagged after 6 months, hidden after 9 without).' },
  }, async (req, reply) => {
    const service = await withActor(req, (sql, actor) => confirmService(sql, actor, req.params.serviceId));
    sendVersion(reply, service.version);
    return reply.code(201).send(service);
  });

  app.get('/api/v1/services/:serviceId/versions', {
    schema: { operationId: 'listServiceVersions', tags, params: ServiceParams, querystring: PageQuery, response: { 200: pageOf(ServiceVersionView) }, description: 'Every version of a service, newest first, attributed.' },
  }, async (req) => withActor(req, (sql, actor) => listServiceVersions(sql, actor, req.params.serviceId, req.query)));
}
