import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LinkAnswerInput, LinkReferralView, ReferralStatus } from '../../../contracts/referrals';
import { withVisitor } from '../../platform/http/context';
import { answerReferralLink, readReferralLink } from './link-answers';
import { referralDeps } from './routes';

const tags = ['Referrals'];
const TokenParams = z.strictObject({ token: z.string().min(10).max(200) });
const limited = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** The pages of a provider or host without an account: one referral, one answer per link. Rate-limited, audited. */
export async function referralLinkRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/public/referral-links/:token', { config: limited, schema: { operationId: 'readReferralLink', description: 'What the holder of a single-use answer link sees: the shared information and the answers the link allows. No sign-in.', tags, params: TokenParams, response: { 200: LinkReferralView } } }, async (req) =>
    withVisitor(req, (sql, visitor) => readReferralLink(sql, referralDeps(req), visitor, req.params.token)),
  );

  app.post('/api/v1/public/referral-links/:token/answers', { config: limited, schema: { operationId: 'answerReferralLink', description: 'One answer through the link (accept, decline with reason, start, complete, not completed with reason); the link then stops working and the next one is mailed.', tags, params: TokenParams, body: LinkAnswerInput, response: { 201: z.object({ status: ReferralStatus }) } } }, async (req, reply) =>
    reply.code(201).send(await withVisitor(req, (sql, visitor) => answerReferralLink(sql, referralDeps(req), visitor, req.params.token, req.body))),
  );
}
