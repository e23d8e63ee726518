import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import {
  CloseSignalInput, LinkSignalInput, PickUpSignalInput, PublicSignalInput, PublicSignalReceipt, SendSignalInput, SentSignalView, SignalDetail, SignalQueueItem, SignalQueueQuery,
} from '../../../contracts/signals';
import { withActor, withVisitor } from '../../platform/http/context';
import { closeSignal } from './close-signal';
import { getSignal } from './get-signal';
import { linkSignal } from './link-signal';
import { listSentSignals } from './list-sent-signals';
import { listTriageQueue } from './list-triage-queue';
import { pickUpSignal } from './pick-up-signal';
import { sendSignal } from './send-signal';
import { submitPublicSignal } from './submit-public-signal';

const tags = ['Signals'];
const SignalParams = z.strictObject({ signalId: Uuid });
/** The public form takes at most this much (a message of 5,000 characters fits easily). */
const PUBLIC_BODY_LIMIT = 16 * 1024;

export async function signalRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { secretBox, config } = fastify.services;

  app.post('/api/v1/public/signals', {
    schema: { operationId: 'submitPublicSignal', description: 'A resident shares a worry or asks a question, without an account. Rate-limited per address.', tags, body: PublicSignalInput, response: { 202: PublicSignalReceipt } },
    bodyLimit: PUBLIC_BODY_LIMIT,
    config: { rateLimit: { max: config.PUBLIC_FORM_RATE_LIMIT, timeWindow: '1 minute' } },
  }, async (req, reply) => reply.code(202).send(await withVisitor(req, (sql, visitor) => submitPublicSignal(sql, visitor, req.body))));

  app.post('/api/v1/signals', { schema: { operationId: 'sendSignal', description: 'A signaller or outreach worker sends a signal; the answer is all the sender will see of it.', tags, body: SendSignalInput, response: { 201: SentSignalView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => sendSignal(sql, actor, secretBox, req.body))),
  );

  app.get('/api/v1/sent-signals', { schema: { operationId: 'listSentSignals', description: 'The signals the signed-in user sent, with their status only.', tags, querystring: PageQuery, response: { 200: pageOf(SentSignalView) } } }, async (req) =>
    withActor(req, (sql, actor) => listSentSignals(sql, actor, req.query)),
  );

  app.get('/api/v1/signals', { schema: { operationId: 'listTriageQueue', description: 'The triage queue of a team: signals in one status, overdue first.', tags, querystring: SignalQueueQuery, response: { 200: pageOf(SignalQueueItem) } } }, async (req) =>
    withActor(req, (sql, actor) => listTriageQueue(sql, actor, req.query)),
  );

  app.get('/api/v1/signals/:signalId', { schema: { operationId: 'getSignal', description: 'A signal with its event history, for its team.', tags, params: SignalParams, response: { 200: SignalDetail } } }, async (req) =>
    withActor(req, (sql, actor) => getSignal(sql, actor, req.params.signalId)),
  );

  app.post('/api/v1/signals/:signalId/pick-ups', { schema: { operationId: 'pickUpSignal', description: 'Picks up a waiting signal (first contact).', tags, params: SignalParams, body: PickUpSignalInput, response: { 201: SignalDetail } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => pickUpSignal(sql, actor, req.params.signalId, req.body.note))),
  );

  app.post('/api/v1/signals/:signalId/household-links', { schema: { operationId: 'linkSignalToHousehold', description: 'Links a signal to an existing household, or registers a new one with the duplicate check.', tags, params: SignalParams, body: LinkSignalInput, response: { 201: SignalDetail } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => linkSignal(sql, actor, secretBox, req.params.signalId, req.body))),
  );

  app.post('/api/v1/signals/:signalId/closures', { schema: { operationId: 'closeSignal', description: 'Closes a signal with an outcome and a reason.', tags, params: SignalParams, body: CloseSignalInput, response: { 201: SignalDetail } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => closeSignal(sql, actor, req.params.signalId, req.body))),
  );
}
