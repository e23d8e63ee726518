import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { DestinationStream } from 'pino';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminRoutes } from './features/admin/routes';
import { auditRoutes } from './features/audit/routes';
import { authRoutes } from './features/auth/routes';
import { caseAccessRoutes } from './features/case-access/routes';
import { householdListRoutes } from './features/household-lists/routes';
import { householdRoutes } from './features/households/routes';
import { contactRoutes } from './features/contacts/routes';
import { storyRoutes } from './features/stories/routes';
import { postcodeRoutes } from './features/postcodes/routes';
import { planRoutes } from './features/plans/routes';
import { networkRoutes } from './features/network/routes';
import { zrmRoutes } from './features/zrm/routes';
import { safetyMapRoutes } from './features/safety-maps/routes';
import { careDecisionRoutes } from './features/care-decisions/routes';
import { timelineRoutes } from './features/timeline/routes';
import { planPrintRoutes } from './features/plan-print/routes';
import { signalRoutes } from './features/signals/routes';
import { meldcodeRoutes } from './features/meldcode/routes';
import { directoryRoutes } from './features/directory/routes';
import { consentRoutes } from './features/consents/routes';
import { referralRoutes } from './features/referrals/routes';
import { referralLinkRoutes } from './features/referrals/routes-public';
import { hsdsRoutes } from './features/hsds/routes';
import { AppError } from './platform/errors';
import { type AppServices } from './platform/http/context';
import { outreachRoutes } from './features/outreach/routes';
import { signalMatchingRoutes } from './features/signal-matching/routes';
import { registerCsvParser } from './platform/http/csv-body';
import { registerJsonParser } from './platform/http/json-body';
import { API_PREFIX, API_VERSION, registerOpenApi } from './platform/http/openapi';
import { preloadLinkHeader, readPagePreloads } from './platform/http/page-preloads';
import { problemBody, sendFrameworkProblem, sendProblem } from './platform/http/problem';
import { registerSecurity } from './platform/http/security';

export const webRoot = resolve(import.meta.dirname, '../../dist/web');

/** Logs carry the request id, method and path, never query strings, bodies, cookies or IP addresses. */
function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0]?.replace(/(referral-links\/)[^/]+/, '$1…') }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** `logger: false` turns logging off; `{ level, stream }` keeps the production log shape (tests read it). */
export interface BuildOptions {
  logger?: false | { level?: string; stream?: DestinationStream };
}

/** index.html for a client-side route, with its screen's chunks announced for preloading. */
async function sendPage(reply: FastifyReply, path: string): Promise<FastifyReply> {
  const link = preloadLinkHeader(await readPagePreloads(webRoot), path);
  if (link) reply.header('Link', link);
  // Sent by hand, uncached: the page names the build's assets. (reply.sendFile with preCompressed
  // drops its cacheControl option when a browser accepts br/gzip and there is no index.html.br, so
  // browsers kept the page, and a deploy's vanished asset names, for an hour.)
  const html = await readFile(resolve(webRoot, 'index.html'));
  return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(html);
}

export async function buildApp(services: AppServices, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: options.logger === false ? false : { ...loggerOptions(options.logger?.level ?? config.LOG_LEVEL), ...(options.logger?.stream ? { stream: options.logger.stream } : {}) },
    frameworkErrors: sendFrameworkProblem,
    // Only the log uses it: random, no clock, no ordering (UUIDv7 asks for fresh random bytes every time).
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('services', services);
  // Remembered sessions are forgotten on the database's announcements (decision 0034); until they
  // can be heard (and again whenever the listening connection is lost) nothing is remembered.
  const stopListening = await services.db.listen('wijkwijs_auth', services.sessions);
  app.addHook('onClose', async () => stopListening());
  app.decorateRequest('tenantId', '');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(sendProblem);
  registerJsonParser(app);
  registerCsvParser(app);

  await registerSecurity(app, { publicUrl: config.PUBLIC_URL, extraImgSources: config.MAP_TILE_URL === 'off' ? [] : [new URL(config.MAP_TILE_URL.replace(/[{}]/g, '')).origin] });
  await registerOpenApi(app, config.PUBLIC_URL ?? `http://localhost:${config.PORT}`);

  app.addHook('onRequest', async (req, reply) => {
    if (req.url.startsWith(API_PREFIX)) void reply.header('API-Version', API_VERSION);
    const tenant = await services.tenants.forHost(req.headers.host);
    if (!tenant) throw new AppError('not_found', { detail: 'No municipality is set up for this address.' });
    req.tenantId = tenant.id;
  });

  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true } }, async (_req, reply) => {
    const ok = await services.db.ping().catch(() => false);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'database unavailable' });
  });
  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, async () => app.swagger());

  await app.register(authRoutes);
  await app.register(adminRoutes);
  await app.register(auditRoutes);
  await app.register(caseAccessRoutes);
  await app.register(householdRoutes);
  await app.register(householdListRoutes);
  await app.register(storyRoutes);
  await app.register(contactRoutes);
  await app.register(postcodeRoutes);
  await app.register(planRoutes);
  await app.register(networkRoutes);
  await app.register(zrmRoutes);
  await app.register(safetyMapRoutes);
  await app.register(careDecisionRoutes);
  await app.register(timelineRoutes);
  await app.register(planPrintRoutes);
  await app.register(signalRoutes);
  await app.register(meldcodeRoutes);
  await app.register(outreachRoutes);
  await app.register(signalMatchingRoutes);
  await app.register(directoryRoutes);
  await app.register(consentRoutes);
  await app.register(referralRoutes);
  await app.register(referralLinkRoutes);
  await app.register(hsdsRoutes);

  if (existsSync(webRoot)) {
    // wildcard: files are looked up per request, so a rebuild does not leave a running server with stale names.
    // preCompressed: the build writes .br/.gz next to each script and stylesheet (vite.config.ts).
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: false, maxAge: '1h', immutable: false, preCompressed: true });
    // The build's assets have content hashes in their names (a changed file gets a new name), so
    // browsers may keep them for a year without asking again.
    await app.register(fastifyStatic, { root: resolve(webRoot, 'assets'), prefix: '/assets/', wildcard: true, index: false, maxAge: '365d', immutable: true, preCompressed: true, decorateReply: false });
    // The start page is the app itself (with wildcard on, `/` would otherwise be the folder).
    app.get('/', { schema: { hide: true } }, (_req, reply) => sendPage(reply, '/'));
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    // Client-side routes get the app; a missing file (a path with an extension) gets a real 404.
    const wantsPage = req.method === 'GET' && !/\.[a-z0-9]+$/i.test(path) && !path.startsWith('/api/') && !path.startsWith('/hsds/') && !path.startsWith('/health/');
    if (wantsPage && existsSync(resolve(webRoot, 'index.html'))) return sendPage(reply, path);
    return reply.code(404).type('application/problem+json').send(problemBody('not_found', path, 'There is nothing at this address.'));
  });
  return app;
}
