import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pageOf } from '../../../contracts/common';
import { HouseholdListQuery, HouseholdSummary } from '../../../contracts/households';
import { withActor } from '../../platform/http/context';
import { listHouseholds } from './list-households';

export async function householdListRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/v1/households', {
    schema: { operationId: 'listHouseholds', tags: ['Households'], querystring: HouseholdListQuery, response: { 200: pageOf(HouseholdSummary) } },
  }, async (req) => withActor(req, (sql, actor) => listHouseholds(sql, actor, fastify.services.secretBox, req.query)));
}
