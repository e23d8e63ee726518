import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, Uuid } from '../../../contracts/common';
import { AcceptedView, ActivityProposalInput, ChangeSuggestionInput, ChangeSuggestionQuery, ChangeSuggestionView, HandleChangeSuggestionInput, OwnActivityInput, ProposalConfirmationInput, ServiceDetail } from '../../../contracts/directory';
import { sendVersion } from '../../platform/concurrency';
import { withActor, withVisitor } from '../../platform/http/context';
import { baseUrl } from '../auth/routes';
import { handleChangeSuggestion, listChangeSuggestions, suggestChange } from './change-suggestions';
import { confirmActivityProposal, proposeActivity } from './propose-activity';
import { proposeOwnActivity } from './propose-own-activity';
import { ServiceParams } from './routes-public';

const publicTags = ['Directory (public)'];

/** The public forms (propose an activity, suggest a change) and the team's and keepers' list of suggestions. */
export async function proposalRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { config, mailer } = fastify.services;
  const rateLimit = { max: Math.max(3, Math.floor(config.DIRECTORY_PUBLIC_RATE_LIMIT / 10)), timeWindow: '1 minute' };

  app.post('/api/v1/public/activity-proposals', {
    schema: { operationId: 'proposeActivity', tags: publicTags, body: ActivityProposalInput, response: { 202: AcceptedView }, description: 'A resident proposes an informal activity; we e-mail a confirmation link; then the team moderates it.' },
    config: { rateLimit },
  }, async (req, reply) => {
    const tenant = await req.server.services.tenants.forHost(req.headers.host);
    await withVisitor(req, (sql, visitor) => proposeActivity(sql, visitor, mailer, req.body, { baseUrl: baseUrl(req), tenantName: tenant?.name ?? 'de gemeente' }));
    return reply.code(202).send({ status: 'confirmation_sent' as const });
  });

  app.post('/api/v1/public/activity-proposals/confirmations', {
    schema: { operationId: 'confirmActivityProposal', tags: publicTags, body: ProposalConfirmationInput, response: { 200: AcceptedView }, description: 'Confirms the e-mail address of a proposal with the token from the link (once, within 7 days).' },
    config: { rateLimit },
  }, async (req) => {
    await withVisitor(req, (sql, visitor) => confirmActivityProposal(sql, visitor, req.body.token));
    return { status: 'confirmed' as const };
  });

  app.post('/api/v1/activity-proposals', {
    schema: { operationId: 'proposeOwnActivity', tags: ['Directory'], body: OwnActivityInput, response: { 201: ServiceDetail }, description: 'An initiative host proposes an activity of their own: no e-mail link, it waits for the team\'s moderation, and the host keeps it.' },
  }, async (req, reply) => {
    const service = await withActor(req, (sql, actor) => proposeOwnActivity(sql, actor, req.body));
    sendVersion(reply, service.version);
    return reply.code(201).send(service);
  });

  app.post('/api/v1/public/services/:serviceId/change-suggestions', {
    schema: { operationId: 'suggestServiceChange', tags: publicTags, params: ServiceParams, body: ChangeSuggestionInput, response: { 202: AcceptedView }, description: 'Suggests a change to a public service page; its keepers and the team see it.' },
    config: { rateLimit },
  }, async (req, reply) => {
    await withVisitor(req, (sql, visitor) => suggestChange(sql, visitor, req.params.serviceId, req.body));
    return reply.code(202).send({ status: 'received' as const });
  });

  app.get('/api/v1/change-suggestions', {
    schema: { operationId: 'listChangeSuggestions', tags: ['Directory'], querystring: ChangeSuggestionQuery, response: { 200: pageOf(ChangeSuggestionView) }, description: 'Suggested changes: all for the team, those about your entries for providers and hosts.' },
  }, async (req) => withActor(req, (sql, actor) => listChangeSuggestions(sql, actor, req.query)));

  app.patch('/api/v1/change-suggestions/:suggestionId', {
    schema: { operationId: 'handleChangeSuggestion', tags: ['Directory'], params: z.strictObject({ suggestionId: Uuid }), body: HandleChangeSuggestionInput, response: { 200: ChangeSuggestionView }, description: 'Marks a suggestion done or dismissed.' },
  }, async (req) => withActor(req, (sql, actor) => handleChangeSuggestion(sql, actor, req.params.suggestionId, req.body)));
}
