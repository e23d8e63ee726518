import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { Database, Sql, TenantContext } from '../../db/database';
import type { PostcodePoints } from '../../features/directory/geocode';
import type { AccessPoint, Actor } from '../actor';
import { audit } from '../audit';
import { AppError } from '../errors';
import type { Mailer } from '../mail';
import type { SecretBox } from '../secrets';
import { findActiveSession, SESSION_COOKIE } from '../sessions';
import type { TenantResolver } from '../tenancy';

/** What every route can reach: built once at start, passed down explicitly. */
export interface AppServices {
  config: Config;
  db: Database;
  mailer: Mailer;
  secretBox: SecretBox;
  tenants: TenantResolver;
  postcodes: PostcodePoints;
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

/**
 * Runs a request's database work in one transaction: finds the session (which also sets the
 * user), then runs `work` as that actor. No session → 401. A session that may only set up TOTP
 * is refused elsewhere (403 totp_setup_required).
 */
export async function withActor<T>(req: FastifyRequest, work: (sql: Sql, actor: Actor) => Promise<T>, options: { allowTotpSetup?: boolean; settings?: TenantContext['settings'] } = {}): Promise<T> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('unauthenticated');
  const { db, config } = req.server.services;
  let actor: Actor | undefined;
  try {
    return await db.withTenant({ tenantId: req.tenantId, ...(options.settings && { settings: options.settings }) }, async (sql) => {
      const session = await findActiveSession(sql, token, { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS });
      if (!session) throw new AppError('unauthenticated', { detail: 'Your session has ended. Sign in again.' });
      if (session.totpSetupRequired && !options.allowTotpSetup) throw new AppError('totp_setup_required');
      actor = { tenantId: req.tenantId, userId: session.userId, sessionId: session.sessionId, totpSetupRequired: session.totpSetupRequired, roles: session.roles, teamIds: session.teamIds, ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
      return work(sql, actor);
    });
  } catch (error) {
    if (actor) await auditAfterRollback(req, actor, error);
    throw error;
  }
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
