import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, Uuid } from '../../../contracts/common';
import { ConsentInput, ConsentQuery, ConsentView, ConsentWithdrawal } from '../../../contracts/consents';
import { withActor } from '../../platform/http/context';
import { listConsents } from './list-consents';
import { recordConsent } from './record-consent';
import { withdrawConsent } from './withdraw-consent';

const tags = ['Consents'];

export async function consentRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/consents', { schema: { operationId: 'listConsents', description: 'The consents of a household (or one of its members), newest first, withdrawn ones included.', tags, querystring: ConsentQuery, response: { 200: pageOf(ConsentView) } } }, async (req) =>
    withActor(req, (sql, actor) => listConsents(sql, actor, req.query)),
  );

  app.post('/api/v1/consents', { schema: { operationId: 'recordConsent', description: 'Records a consent: for whom, given by whom (age rules: 16+ the person; 12–15 the person and a parent; under 12 a parent), purpose, which information, to whom, until when.', tags, body: ConsentInput, response: { 201: ConsentView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => recordConsent(sql, actor, req.body))),
  );

  app.post('/api/v1/consents/:consentId/withdrawals', { schema: { operationId: 'withdrawConsent', description: 'Withdraws a consent; nothing more is shared on it from then on.', tags, params: z.strictObject({ consentId: Uuid }), body: ConsentWithdrawal, response: { 201: ConsentView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => withdrawConsent(sql, actor, req.params.consentId, req.body.reason))),
  );
}
