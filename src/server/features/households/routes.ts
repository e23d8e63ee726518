import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HouseholdView } from '../../../contracts/cases';
import { Uuid } from '../../../contracts/common';
import { withActor } from '../../platform/http/context';
import { getHousehold } from './get-household';

export async function householdRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/v1/households/:householdId', {
    schema: { operationId: 'getHousehold', tags: ['Households'], params: z.strictObject({ householdId: Uuid }), response: { 200: HouseholdView } },
  }, async (req) => withActor(req, (sql, actor) => getHousehold(sql, actor, req.params.householdId)));
}
