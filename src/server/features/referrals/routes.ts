import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, Uuid } from '../../../contracts/common';
import { ReferralFiguresView, ReferralInput, ReferralQuery, ReferralServiceQuery, ReferralServiceView, ReferralStepInput, ReferralView } from '../../../contracts/referrals';
import { withActor } from '../../platform/http/context';
import { createReferral } from './create-referral';
import type { ReferralDeps } from './deps';
import { findReferralServices } from './find-services';
import { getReferral } from './get-referral';
import { listReferrals } from './list-referrals';
import { getReferralFigures } from './referral-figures';
import { revokeReferralLink } from './revoke-link';
import { stepReferral } from './step-referral';

const tags = ['Referrals'];
const ReferralParams = z.strictObject({ referralId: Uuid });

export function referralDeps(req: FastifyRequest): ReferralDeps {
  const { config, mailer, secretBox } = req.server.services;
  return { mailer, secretBox, baseUrl: config.PUBLIC_URL ?? `${req.protocol}://${req.headers.host ?? 'localhost'}` };
}

export async function referralRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/referrals', { schema: { operationId: 'listReferrals', description: 'With householdId: the referrals of a household, for its case workers. Without: the inbox of a provider or host (referrals to their own services, only the shared information). Every read is audited.', tags, querystring: ReferralQuery, response: { 200: pageOf(ReferralView) } } }, async (req) =>
    withActor(req, (sql, actor) => listReferrals(sql, actor, req.query)),
  );

  app.post('/api/v1/referrals', { schema: { operationId: 'createReferral', description: 'Refers a household member to a service. Needs the member\'s valid consent (purpose referral, to the service\'s organisation); shares only the chosen information (within the consent). Sending mails a single-use answer link.', tags, body: ReferralInput, response: { 201: ReferralView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => createReferral(sql, referralDeps(req), actor, req.body))),
  );

  app.get('/api/v1/referrals/:referralId', { schema: { operationId: 'getReferral', description: 'One referral with each step; the provider sees only the shared information, and none after the consent is withdrawn.', tags, params: ReferralParams, response: { 200: ReferralView } } }, async (req) =>
    withActor(req, (sql, actor) => getReferral(sql, actor, req.params.referralId)),
  );

  app.post('/api/v1/referrals/:referralId/events', { schema: { operationId: 'stepReferral', description: 'Moves the referral one step: the coach sends or cancels; the provider accepts, declines (reason), starts, completes or ends it not completed (reason).', tags, params: ReferralParams, body: ReferralStepInput, response: { 201: ReferralView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => stepReferral(sql, referralDeps(req), actor, req.params.referralId, req.body))),
  );

  app.delete('/api/v1/referral-links/:linkId', { schema: { operationId: 'revokeReferralLink', description: 'Revokes an answer link; it stops working at once.', tags, params: z.strictObject({ linkId: Uuid }), response: { 204: z.null() } } }, async (req, reply) => {
    await withActor(req, (sql, actor) => revokeReferralLink(sql, actor, req.params.linkId));
    return reply.code(204).send(null);
  });

  app.get('/api/v1/referral-services', { schema: { operationId: 'findReferralServices', description: 'Services to refer to, found by (part of) their name or organisation.', tags, querystring: ReferralServiceQuery, response: { 200: z.object({ items: z.array(ReferralServiceView) }) } } }, async (req) =>
    withActor(req, (sql, actor) => findReferralServices(sql, actor, req.query)),
  );

  app.get('/api/v1/services/:serviceId/referral-figures', { schema: { operationId: 'getReferralFigures', description: 'How referrals to this service turn out: acceptance rate, median days to acceptance, running now, next to its capacity.', tags, params: z.strictObject({ serviceId: z.uuid() }), response: { 200: ReferralFiguresView } } }, async (req) =>
    withActor(req, (sql, actor) => getReferralFigures(sql, actor, req.params.serviceId)),
  );
}
