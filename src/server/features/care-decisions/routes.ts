import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import { CareDecisionInput, CareDecisionView } from '../../../contracts/plans';
import { withActor } from '../../platform/http/context';
import { listCareDecisions, recordCareDecision } from './care-decisions';

const tags = ['Care decisions'];
const HouseholdParams = z.strictObject({ householdId: Uuid });
const path = '/api/v1/households/:householdId/care-decisions';

export async function careDecisionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(path, { schema: { operationId: 'listCareDecisions', description: 'Care decisions (beschikkingen): steps up to specialist care and back down, latest start first.', tags, params: HouseholdParams, querystring: PageQuery, response: { 200: pageOf(CareDecisionView) } } }, async (req) =>
    withActor(req, (sql, actor) => listCareDecisions(sql, actor, req.params.householdId, req.query)),
  );

  app.post(path, { schema: { operationId: 'recordCareDecision', description: 'Records a step up or step down as a care decision. The plan and the coordinator stay the same.', tags, params: HouseholdParams, body: CareDecisionInput, response: { 201: CareDecisionView } } }, async (req, reply) => {
    const decision = await withActor(req, (sql, actor) => recordCareDecision(sql, actor, req.params.householdId, req.body));
    return reply.code(201).send(decision);
  });
}
