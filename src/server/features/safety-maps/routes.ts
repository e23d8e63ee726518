import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import { SafetyMapInput, SafetyMapView } from '../../../contracts/plans';
import { expectedVersion, sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { listSafetyMaps, saveSafetyMap } from './safety-maps';

const tags = ['Safety'];
const HouseholdParams = z.strictObject({ householdId: Uuid });
const path = '/api/v1/households/:householdId/safety-maps';

export async function safetyMapRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(path, { schema: { operationId: 'listSafetyMaps', description: 'The Signs of Safety map over time: every saved version, newest first.', tags, params: HouseholdParams, querystring: PageQuery, response: { 200: pageOf(SafetyMapView) } } }, async (req) =>
    withActor(req, (sql, actor) => listSafetyMaps(sql, actor, req.params.householdId, req.query)),
  );

  app.post(path, { schema: { operationId: 'saveSafetyMap', description: 'Saves the safety map as its next version. With If-Match (the newest version seen, 0 for the first) a save in between is refused with 412.', tags, params: HouseholdParams, body: SafetyMapInput, response: { 201: SafetyMapView } } }, async (req, reply) => {
    const expected = req.headers['if-match'] === undefined ? null : expectedVersion(req);
    const map = await withActor(req, (sql, actor) => saveSafetyMap(sql, actor, req.params.householdId, expected, req.body));
    sendVersion(reply, map.version);
    return reply.code(201).send(map);
  });
}
