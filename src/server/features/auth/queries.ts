import type { Role } from '../../../contracts/common';
import { prepared, type Sql } from '../../db/database';

export interface UserCredentials {
  id: string;
  email: string;
  status: 'invited' | 'active' | 'deactivated';
  roles: Role[];
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: string | null;
  recovery_code_hashes: string[];
}

const credentialColumns = 'id, email, status, roles, password_hash, totp_secret, totp_enabled_at, totp_last_step, recovery_code_hashes';

export async function userCredentialsByEmail(sql: Sql, email: string): Promise<UserCredentials | null> {
  const rows = await sql.query<UserCredentials>(`select ${credentialColumns} from users where tenant_id = app_tenant_id() and email = $1`, [email]);
  return rows[0] ?? null;
}

export async function userCredentialsById(sql: Sql, userId: string): Promise<UserCredentials | null> {
  const rows = await sql.query<UserCredentials>(`select ${credentialColumns} from users where tenant_id = app_tenant_id() and id = $1`, [userId]);
  return rows[0] ?? null;
}

export interface MeRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  locale: 'nl' | 'en';
  totp_enabled: boolean;
  teams: { id: string; name: string }[];
  tenant_id: string;
  tenant_slug: string;
  tenant_name: string;
  signal_matching: boolean;
}

export async function meById(sql: Sql, userId: string): Promise<MeRow | null> {
  const rows = await sql.query<MeRow>(
    prepared('me_by_id', `select u.id, u.email, u.display_name, u.roles, u.locale, u.totp_enabled_at is not null as totp_enabled,
            coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name) order by t.name)
                        from team_members tm join teams t on t.tenant_id = tm.tenant_id and t.id = tm.team_id
                       where tm.tenant_id = u.tenant_id and tm.user_id = u.id), '[]') as teams,
            te.id as tenant_id, te.slug as tenant_slug, te.name as tenant_name,
            coalesce((te.settings -> 'signalMatching' ->> 'enabled')::boolean, true) as signal_matching
       from users u join tenants te on te.id = u.tenant_id
      where u.tenant_id = app_tenant_id() and u.id = $1`),
    [userId],
  );
  return rows[0] ?? null;
}

export async function updateMe(sql: Sql, userId: string, changes: { locale?: string | undefined; displayName?: string | undefined }): Promise<void> {
  await sql.query(
    `update users set locale = coalesce($2, locale), display_name = coalesce($3, display_name), updated_at = now()
      where tenant_id = app_tenant_id() and id = $1`,
    [userId, changes.locale ?? null, changes.displayName ?? null],
  );
}

export async function setPendingTotpSecret(sql: Sql, userId: string, sealedSecret: string): Promise<void> {
  await sql.query(
    `update users set totp_secret = $2, updated_at = now() where tenant_id = app_tenant_id() and id = $1 and totp_enabled_at is null`,
    [userId, sealedSecret],
  );
}

export async function enableTotp(sql: Sql, userId: string, step: number, recoveryCodeHashes: string[]): Promise<void> {
  await sql.query(
    `update users set totp_enabled_at = now(), totp_last_step = $2, recovery_code_hashes = $3, updated_at = now()
      where tenant_id = app_tenant_id() and id = $1`,
    [userId, step, recoveryCodeHashes],
  );
}

export async function recordTotpUse(sql: Sql, userId: string, step: number | null, recoveryCodeHashes: string[]): Promise<void> {
  await sql.query(
    `update users set totp_last_step = coalesce($2, totp_last_step), recovery_code_hashes = $3 where tenant_id = app_tenant_id() and id = $1`,
    [userId, step, recoveryCodeHashes],
  );
}

export async function endTotpSetupRequirement(sql: Sql, sessionId: string): Promise<void> {
  await sql.query('update sessions set totp_setup_required = false where tenant_id = app_tenant_id() and id = $1', [sessionId]);
}

export async function setPassword(sql: Sql, userId: string, passwordHash: string): Promise<void> {
  await sql.query(
    `update users set password_hash = $2, password_changed_at = now(), updated_at = now(),
            status = case when status = 'invited' then 'active' else status end
      where tenant_id = app_tenant_id() and id = $1`,
    [userId, passwordHash],
  );
}

export interface SessionRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_agent: string | null;
  ip: string | null;
}

export async function liveSessionsOfUser(sql: Sql, userId: string, idleMinutes: number, after: string | null, limit: number): Promise<SessionRow[]> {
  return sql.query<SessionRow>(
    `select id, created_at, last_seen_at, expires_at, user_agent, ip from sessions
      where tenant_id = app_tenant_id() and user_id = $1 and revoked_at is null and expires_at > now()
        and last_seen_at > now() - make_interval(mins => $2) and ($3::uuid is null or id < $3::uuid)
      order by id desc limit $4`,
    [userId, idleMinutes, after, limit + 1],
  );
}

export async function insertPasswordToken(sql: Sql, row: { tenantId: string; id: string; userId: string; purpose: 'reset' | 'invite'; hash: Buffer; validHours: number }): Promise<void> {
  await sql.query(
    `insert into password_tokens (tenant_id, id, user_id, purpose, token_hash, expires_at) values ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))`,
    [row.tenantId, row.id, row.userId, row.purpose, row.hash, row.validHours],
  );
}

/** Marks a valid token used and returns its user, or null when unknown, used or expired. */
export async function consumePasswordToken(sql: Sql, hash: Buffer): Promise<{ user_id: string; purpose: 'reset' | 'invite' } | null> {
  const rows = await sql.query<{ user_id: string; purpose: 'reset' | 'invite' }>(
    `update password_tokens set used_at = now()
      where tenant_id = app_tenant_id() and token_hash = $1 and used_at is null and expires_at > now()
      returning user_id, purpose`,
    [hash],
  );
  return rows[0] ?? null;
}
