import type { Role } from '../../contracts/common';
import { prepared, type Sql } from '../db/database';
import { newId } from './ids';
import { newToken, tokenHash } from './tokens';

export const SESSION_COOKIE = 'wijkwijs_session';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface ActiveSession {
  sessionId: string;
  userId: string;
  roles: Role[];
  teamIds: string[];
  totpSetupRequired: boolean;
}

/** A session found in the database, and how long it may be used from memory (decision record 0034). */
export interface SessionLease {
  session: ActiveSession;
  /** Milliseconds from now until the database would touch it again, or it ends (whichever is first). */
  usableForMs: number;
}

export async function createSession(
  sql: Sql,
  input: { tenantId: string; userId: string; ip: string; userAgent: string | null; totpSetupRequired: boolean },
  policy: SessionPolicy,
): Promise<{ sessionId: string; token: string }> {
  const token = newToken();
  const sessionId = newId();
  await sql.query(
    `insert into sessions (tenant_id, id, user_id, token_hash, totp_setup_required, expires_at, ip, user_agent)
     values ($1, $2, $3, $4, $5, now() + make_interval(hours => $6), $7, $8)`,
    [input.tenantId, sessionId, input.userId, tokenHash(token), input.totpSetupRequired, policy.absoluteHours, input.ip, input.userAgent?.slice(0, 500) ?? null],
  );
  return { sessionId, token };
}

// `usable_for_ms`: how long this answer holds, as the database's clock sees it: until the session
// would be touched again (a minute after it was last seen, or after now when this lookup touches it)
// or ends, whichever is first (decision record 0034). The idle timeout is at least a minute
// (config), so it never ends by idling before its next touch.
const FIND_ACTIVE_SESSION = prepared('find_active_session', `select s.id, s.user_id, u.roles, s.totp_setup_required,
            coalesce((select array_agg(tm.team_id order by tm.team_id) from team_members tm
                       where tm.tenant_id = s.tenant_id and tm.user_id = s.user_id), '{}') as team_ids,
            seen.stale,
            (extract(epoch from least(case when seen.stale then now() else s.last_seen_at end + interval '1 minute', s.expires_at) - now()) * 1000)::float8 as usable_for_ms,
            set_config('app.user_id', s.user_id::text, true) is not null as user_set
       from sessions s join users u on u.tenant_id = s.tenant_id and u.id = s.user_id
            cross join lateral (select s.last_seen_at < now() - interval '1 minute' as stale) seen
      where s.tenant_id = app_tenant_id() and s.token_hash = $1 and s.revoked_at is null
        and s.expires_at > now() and s.last_seen_at > now() - make_interval(mins => $2) and u.status = 'active'`);
// Skips a row another request is touching: a browser sends several requests at once, and when the
// minute is up each of them would otherwise queue on the row lock until the first one commits.
const TOUCH_SESSION = prepared('touch_session', `update sessions set last_seen_at = now()
     where tenant_id = app_tenant_id() and id = (select id from sessions where tenant_id = app_tenant_id() and id = $1
                                                  and last_seen_at < now() - interval '1 minute' for update skip locked)`);

/**
 * Finds the live session for a cookie token's hash: not revoked, within the absolute lifetime, used
 * within the idle timeout, and of an active user. Refreshes `last_seen_at` at most once a minute.
 * When it finds one, the same statement sets `app.user_id` for the rest of the transaction (one
 * round trip fewer per request). The lease says how long the answer may be used from memory.
 */
export async function findActiveSession(sql: Sql, hash: Buffer, policy: SessionPolicy): Promise<SessionLease | null> {
  const rows = await sql.query<{ id: string; user_id: string; roles: Role[]; team_ids: string[]; totp_setup_required: boolean; stale: boolean; usable_for_ms: number }>(
    FIND_ACTIVE_SESSION,
    [hash, policy.idleMinutes],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.stale) await sql.query(TOUCH_SESSION, [row.id]);
  return {
    session: { sessionId: row.id, userId: row.user_id, roles: row.roles, teamIds: row.team_ids, totpSetupRequired: row.totp_setup_required },
    usableForMs: row.usable_for_ms,
  };
}

export async function revokeSession(sql: Sql, userId: string, sessionId: string): Promise<boolean> {
  const rows = await sql.query(
    'update sessions set revoked_at = now() where tenant_id = app_tenant_id() and user_id = $1 and id = $2 and revoked_at is null returning id',
    [userId, sessionId],
  );
  return rows.length > 0;
}

/** Ends every session of a user (password change, deactivation), optionally keeping one. */
export async function revokeAllSessions(sql: Sql, userId: string, exceptSessionId: string | null = null): Promise<number> {
  const rows = await sql.query(
    `update sessions set revoked_at = now()
      where tenant_id = app_tenant_id() and user_id = $1 and revoked_at is null and ($2::uuid is null or id <> $2::uuid) returning id`,
    [userId, exceptSessionId],
  );
  return rows.length;
}
