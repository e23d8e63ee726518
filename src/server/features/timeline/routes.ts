import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, Uuid } from '../../../contracts/common';
import { TimelineEntry, TimelineQuery } from '../../../contracts/plans';
import { withActor } from '../../platform/http/context';
import { getTimeline } from './get-timeline';

export async function timelineRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/v1/households/:householdId/timeline', {
    schema: { operationId: 'getTimeline', description: 'Everything in the case in time order: registration, handovers, contacts (never their notes), plan, goals and ratings, meetings, care decisions, safety maps, ZRM, closure.', tags: ['Households'], params: z.strictObject({ householdId: Uuid }), querystring: TimelineQuery, response: { 200: pageOf(TimelineEntry) } },
  }, async (req) => withActor(req, (sql, actor) => getTimeline(sql, actor, req.params.householdId, req.query)));
}
