import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, Uuid } from '../../../contracts/common';
import { ZrmDomainList, ZrmDomainsInput, ZrmInput, ZrmQuery, ZrmView } from '../../../contracts/plans';
import { withActor } from '../../platform/http/context';
import { assessZrm, listZrmAssessments } from './zrm-assessments';
import { listZrmDomains, replaceZrmDomains } from './zrm-domains';

const tags = ['Zelfredzaamheidsmatrix'];
const HouseholdParams = z.strictObject({ householdId: Uuid });

export async function zrmRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/zrm-domains', { schema: { operationId: 'listZrmDomains', description: 'The Zelfredzaamheidsmatrix of this municipality: its domains and the five scale labels.', tags, response: { 200: ZrmDomainList } } }, async (req) =>
    withActor(req, (sql, actor) => listZrmDomains(sql, actor)),
  );

  app.put('/api/v1/zrm-domains', {
    schema: { operationId: 'replaceZrmDomains', description: 'The administrator sets the municipality\'s own list of ZRM domains. Past assessments keep their scores.', tags, body: ZrmDomainsInput, response: { 200: ZrmDomainList } },
  }, async (req) => withActor(req, (sql, actor) => replaceZrmDomains(sql, actor, req.body)));

  app.get('/api/v1/households/:householdId/zrm-assessments', {
    schema: { operationId: 'listZrmAssessments', description: 'ZRM assessments of the household\'s adults, newest first; filter on one person for their chart.', tags, params: HouseholdParams, querystring: ZrmQuery, response: { 200: pageOf(ZrmView) } },
  }, async (req) => withActor(req, (sql, actor) => listZrmAssessments(sql, actor, req.params.householdId, req.query)));

  app.post('/api/v1/households/:householdId/zrm-assessments', { schema: { operationId: 'assessZrm', description: 'Records a ZRM assessment of an adult member (18 or older on the day), scores 1–5 per domain.', tags, params: HouseholdParams, body: ZrmInput, response: { 201: ZrmView } } }, async (req, reply) => {
    const assessment = await withActor(req, (sql, actor) => assessZrm(sql, actor, req.params.householdId, req.body));
    return reply.code(201).send(assessment);
  });
}
