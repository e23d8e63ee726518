import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { Database, Sql, TenantContext } from '../../db/database';
import type { PostcodePoints } from '../../features/directory/geocode';
import type { AccessPoint, Actor } from '../actor';
import { audit } from '../audit';
import { AppError } from '../errors';
import type { Mailer } from '../mail';
import type { SecretBox } from '../secrets';
import type { SessionCache, CacheTicket } from '../session-cache';
import { findActiveSession, SESSION_COOKIE, type ActiveSession, type SessionLease } from '../sessions';
import { tokenHash } from '../tokens';
import type { TenantResolver } from '../tenancy';

/** What every route can reach: built once at start, passed down explicitly. */
export interface AppServices {
  config: Config;
  db: Database;
  mailer: Mailer;
  secretBox: SecretBox;
  tenants: TenantResolver;
  postcodes: PostcodePoints;
  /** Sessions found lately, answered from memory until the database announces a change (decision 0034). */
  sessions: SessionCache;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: AppServices;
  }
  interface FastifyRequest {
    tenantId: string;
  }
}

export function accessPoint(req: FastifyRequest): AccessPoint {
  return { tenantId: req.tenantId, ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
}

async function auditAfterRollback(req: FastifyRequest, who: Actor | AccessPoint, error: unknown): Promise<void> {
  if (!(error instanceof AppError) || !error.auditEntry) return;
  const entry = error.auditEntry;
  await req.server.services.db.withTenant({ tenantId: req.tenantId, userId: 'userId' in who ? who.userId : null }, async (sql) => audit(sql, who, entry));
}

const hashes = new WeakMap<FastifyRequest, Buffer>();

/** The hash of the request's session cookie (worked out once per request); no cookie → 401. */
function cookieHash(req: FastifyRequest): Buffer {
  const known = hashes.get(req);
  if (known) return known;
  const token = req.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('unauthenticated');
  const hash = tokenHash(token);
  hashes.set(req, hash);
  return hash;
}

const actorOf = (req: FastifyRequest, session: ActiveSession): Actor => ({
  tenantId: req.tenantId, userId: session.userId, sessionId: session.sessionId, totpSetupRequired: session.totpSetupRequired,
  roles: session.roles, teamIds: session.teamIds, ip: req.ip, userAgent: req.headers['user-agent'] ?? null,
});

/**
 * Runs a request's database work in one transaction as its signed-in actor. A session this server
 * found in the last minute is taken from memory (decision 0034) and the transaction begins as its
 * user; otherwise the transaction first finds it in the database (which also sets the user) and,
 * once committed, it is remembered. No session → 401. A session that may only set up TOTP is
 * refused elsewhere (403 totp_setup_required).
 */
export async function withActor<T>(req: FastifyRequest, work: (sql: Sql, actor: Actor) => Promise<T>, options: { allowTotpSetup?: boolean; settings?: TenantContext['settings'] } = {}): Promise<T> {
  const hash = cookieHash(req);
  const { db, config, sessions } = req.server.services;
  const settings = options.settings && { settings: options.settings };
  let actor: Actor | undefined;
  try {
    const known = sessions.find(req.tenantId, hash);
    if (known) {
      const remembered = actorOf(req, known.session);
      actor = remembered;
      if (remembered.totpSetupRequired && !options.allowTotpSetup) throw new AppError('totp_setup_required');
      return await db.withTenant({ tenantId: req.tenantId, userId: remembered.userId, ...settings }, (sql) => work(sql, remembered));
    }
    const ticket = sessions.ticket();
    const found: { lease?: SessionLease } = {};
    const result = await db.withTenant({ tenantId: req.tenantId, ...settings }, async (sql) => {
      const lease = await findActiveSession(sql, hash, { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS });
      if (!lease) throw new AppError('unauthenticated', { detail: 'Your session has ended. Sign in again.' });
      actor = actorOf(req, lease.session);
      if (actor.totpSetupRequired && !options.allowTotpSetup) throw new AppError('totp_setup_required');
      found.lease = lease;
      return work(sql, actor);
    });
    // Only after the commit: a rolled-back transaction also rolled back the session's touch.
    if (found.lease) sessions.remember(ticket, req.tenantId, hash, found.lease);
    return result;
  } catch (error) {
    if (actor) await auditAfterRollback(req, actor, error);
    throw error;
  }
}

/** The GET /me answer kept with the request's remembered session, if any, as the JSON to send. */
export function rememberedMe(req: FastifyRequest): string | undefined {
  return req.server.services.sessions.find(req.tenantId, cookieHash(req))?.me;
}

/** Keeps a serialized GET /me answer, read in a transaction that began after `ticket`, with the request's session. */
export function keepMe(req: FastifyRequest, ticket: CacheTicket, json: string): void {
  req.server.services.sessions.rememberMe(ticket, req.tenantId, cookieHash(req), json);
}

/**
 * Runs work for someone who is not signed in (sign-in, public pages), in the request's tenant.
 * `context`: further transaction-local settings, sent with `begin`, and whether the work only
 * reads (TenantContext).
 */
export async function withVisitor<T>(req: FastifyRequest, work: (sql: Sql, visitor: AccessPoint) => Promise<T>, context: Pick<TenantContext, 'settings' | 'readOnly'> = {}): Promise<T> {
  const visitor = accessPoint(req);
  try {
    return await req.server.services.db.withTenant({ ...context, tenantId: req.tenantId }, (sql) => work(sql, visitor));
  } catch (error) {
    await auditAfterRollback(req, visitor, error);
    throw error;
  }
}
