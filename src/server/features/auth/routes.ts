import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangePasswordInput, CompletePasswordResetInput, ConfirmTotpInput, Me, PublicTenantInfo, RecoveryCodes,
  RequestPasswordResetInput, SessionView, SignInInput, TotpSetup, UpdateMeInput,
} from '../../../contracts/auth';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { keepMe, rememberedMe, withActor, withVisitor } from '../../platform/http/context';
import { isSecure } from '../../platform/http/security';
import { mapTiles } from '../../platform/map-tiles';
import { decodeCursor, toPage } from '../../platform/pagination';
import { revokeSession, SESSION_COOKIE } from '../../platform/sessions';
import { publicTenantInfo } from './public-tenant';
import { changePassword, completePasswordReset, requestPasswordReset } from './passwords';
import { toMe, toSessionView } from './present';
import * as q from './queries';
import { signIn } from './sign-in';
import { confirmTotpSetup, startTotpSetup } from './totp-enrolment';

const tags = ['Sessions and account'];

export function baseUrl(req: FastifyRequest): string {
  return req.server.services.config.PUBLIC_URL ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string | null): void {
  const { config } = req.server.services;
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: isSecure(req) };
  if (token === null) void reply.clearCookie(SESSION_COOKIE, options);
  else void reply.setCookie(SESSION_COOKIE, token, { ...options, maxAge: config.SESSION_ABSOLUTE_HOURS * 3600 });
}

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const sessionPolicy = { idleMinutes: services.config.SESSION_IDLE_MINUTES, absoluteHours: services.config.SESSION_ABSOLUTE_HOURS };
  const loadMe = async (sql: Parameters<typeof q.meById>[0], userId: string, totpSetupRequired: boolean) => {
    const row = await q.meById(sql, userId);
    if (!row) throw new AppError('unauthenticated');
    return toMe(row, { totpSetupRequired, demoMode: services.config.DEMO_MODE });
  };

  app.get('/api/v1/public/tenant', { schema: { operationId: 'getPublicTenant', tags, response: { 200: PublicTenantInfo } } }, async (req) =>
    withVisitor(req, (sql) => publicTenantInfo(sql, services.config.DEMO_MODE, mapTiles(services.config))),
  );

  app.post('/api/v1/sessions', {
    schema: { operationId: 'signIn', tags, body: SignInInput, response: { 201: Me } },
    config: { rateLimit: { max: services.config.SIGN_IN_RATE_LIMIT, timeWindow: '1 minute' } },
  }, async (req, reply) => {
    const result = await withVisitor(req, (sql) => signIn(sql, { tenantId: req.tenantId, ip: req.ip, userAgent: req.headers['user-agent'] ?? null }, req.body, { demoMode: services.config.DEMO_MODE, sessions: sessionPolicy, secretBox: services.secretBox }));
    if (!result.ok) throw result.error;
    setSessionCookie(req, reply, result.token);
    const me = await services.db.withTenant({ tenantId: req.tenantId, userId: result.userId }, (sql) => loadMe(sql, result.userId, result.totpSetupRequired));
    return reply.code(201).send(me);
  });

  app.delete('/api/v1/sessions/current', { schema: { operationId: 'signOut', tags, response: { 204: z.null() } } }, async (req, reply) => {
    await withActor(req, async (sql, actor) => {
      await revokeSession(sql, actor.userId, actor.sessionId);
      audit(sql, actor, { eventType: 'session.ended', action: 'delete', objectType: 'session', objectId: actor.sessionId });
    }, { allowTotpSetup: true });
    setSessionCookie(req, reply, null);
    return reply.code(204).send(null);
  });

  app.get('/api/v1/sessions', { schema: { operationId: 'listMySessions', tags, querystring: PageQuery, response: { 200: pageOf(SessionView) } } }, async (req) =>
    withActor(req, async (sql, actor) => {
      const [after] = decodeCursor(req.query.cursor, 1) ?? [null];
      const rows = await q.liveSessionsOfUser(sql, actor.userId, sessionPolicy.idleMinutes, after === null ? null : String(after), req.query.limit);
      const page = toPage(rows, req.query.limit, (r) => [r.id]);
      return { items: page.items.map((r) => toSessionView(r, actor.sessionId)), nextCursor: page.nextCursor };
    }),
  );

  app.delete('/api/v1/sessions/:sessionId', { schema: { operationId: 'revokeMySession', tags, params: z.strictObject({ sessionId: Uuid }), response: { 204: z.null() } } }, async (req, reply) => {
    await withActor(req, async (sql, actor) => {
      if (!(await revokeSession(sql, actor.userId, req.params.sessionId))) throw new AppError('not_found', { detail: 'No such session of yours.' });
      audit(sql, actor, { eventType: 'session.revoked', action: 'delete', objectType: 'session', objectId: req.params.sessionId });
    });
    if (req.params.sessionId === req.cookies[SESSION_COOKIE]) setSessionCookie(req, reply, null);
    return reply.code(204).send(null);
  });

  // Answered from memory while the session is remembered (decision 0034): what it shows is the user,
  // their teams and tenant, each of which the database announces when it changes.
  app.get('/api/v1/me', { schema: { operationId: 'getMe', tags, response: { 200: Me } } }, async (req, reply) => {
    // Serialized once, as the response schema would (encode, then JSON), and sent as that string:
    // Fastify sends a string with a JSON type as it is (the type provider only knows the object
    // form, hence the cast).
    const send = (json: string) => reply.type('application/json; charset=utf-8').send(json as unknown as Me);
    const known = rememberedMe(req);
    if (known) return send(known);
    const ticket = services.sessions.ticket();
    const me = await withActor(req, (sql, actor) => loadMe(sql, actor.userId, actor.totpSetupRequired), { allowTotpSetup: true });
    const json = JSON.stringify(Me.encode(me));
    keepMe(req, ticket, json);
    return send(json);
  });

  app.patch('/api/v1/me', { schema: { operationId: 'updateMe', tags, body: UpdateMeInput, response: { 200: Me } } }, async (req) =>
    withActor(req, async (sql, actor) => {
      await q.updateMe(sql, actor.userId, req.body);
      audit(sql, actor, { eventType: 'user.preferences_changed', action: 'update', objectType: 'user', objectId: actor.userId });
      return loadMe(sql, actor.userId, actor.totpSetupRequired);
    }),
  );

  app.post('/api/v1/me/totp-secrets', { schema: { operationId: 'startTotpSetup', tags, response: { 201: TotpSetup } } }, async (req, reply) => {
    const setup = await withActor(req, (sql, actor) => startTotpSetup(sql, actor, services.secretBox, `Wijkwijs`), { allowTotpSetup: true });
    return reply.code(201).send(setup);
  });

  app.post('/api/v1/me/totp-activations', { schema: { operationId: 'confirmTotpSetup', tags, body: ConfirmTotpInput, response: { 201: RecoveryCodes } } }, async (req, reply) => {
    const codes = await withActor(req, (sql, actor) => confirmTotpSetup(sql, actor, services.secretBox, req.body.code), { allowTotpSetup: true });
    return reply.code(201).send(codes);
  });

  app.post('/api/v1/me/password-changes', { schema: { operationId: 'changePassword', tags, body: ChangePasswordInput, response: { 204: z.null() } } }, async (req, reply) => {
    await withActor(req, (sql, actor) => changePassword(sql, actor, req.body));
    return reply.code(204).send(null);
  });

  app.post('/api/v1/password-reset-requests', {
    schema: { operationId: 'requestPasswordReset', tags, body: RequestPasswordResetInput, response: { 202: z.null() } },
    config: { rateLimit: { max: Math.max(5, Math.floor(services.config.SIGN_IN_RATE_LIMIT / 6)), timeWindow: '1 minute' } },
  }, async (req, reply) => {
    const tenant = await services.tenants.forHost(req.headers.host);
    await withVisitor(req, (sql, visitor) => requestPasswordReset(sql, visitor, services.mailer, req.body, baseUrl(req), tenant?.name ?? 'Wijkwijs'));
    return reply.code(202).send(null);
  });

  app.post('/api/v1/password-resets', {
    schema: { operationId: 'completePasswordReset', tags, body: CompletePasswordResetInput, response: { 204: z.null() } },
    config: { rateLimit: { max: Math.max(10, Math.floor(services.config.SIGN_IN_RATE_LIMIT / 3)), timeWindow: '1 minute' } },
  }, async (req, reply) => {
    await withVisitor(req, (sql, visitor) => completePasswordReset(sql, visitor, req.body));
    return reply.code(204).send(null);
  });
}
