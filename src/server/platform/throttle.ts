import type { Sql } from '../db/database';
import { AppError } from './errors';

/**
 * Sign-in throttling per e-mail address and per IP address. The key is the address as typed, so
 * an unknown e-mail address is throttled exactly like a known one. Failures first add a growing
 * delay (1, 2, 4 … seconds), then lock the key for 15 minutes.
 */
export interface ThrottleRule {
  freeFailures: number;
  lockAfter: number;
  lockMinutes: number;
  maxDelaySeconds: number;
}

export const EMAIL_RULE: ThrottleRule = { freeFailures: 3, lockAfter: 10, lockMinutes: 15, maxDelaySeconds: 60 };
export const IP_RULE: ThrottleRule = { freeFailures: 20, lockAfter: 100, lockMinutes: 15, maxDelaySeconds: 60 };

/** Seconds to wait before the next attempt after `failures` failures (pure, property-tested). */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures <= rule.freeFailures) return 0;
  return Math.min(2 ** (failures - rule.freeFailures - 1), rule.maxDelaySeconds);
}

interface ThrottleRow {
  wait_seconds: number | null;
  locked_seconds: number | null;
}

/** Refuses the attempt when the key is locked (423) or still in its delay (429). */
export async function checkThrottle(sql: Sql, key: string): Promise<void> {
  const rows = await sql.query<ThrottleRow>(
    `select ceil(extract(epoch from next_attempt_at - now()))::int as wait_seconds,
            ceil(extract(epoch from locked_until - now()))::int as locked_seconds
       from login_throttles where tenant_id = app_tenant_id() and key = $1`,
    [key],
  );
  const row = rows[0];
  if (!row) return;
  if (row.locked_seconds !== null && row.locked_seconds > 0)
    throw new AppError('account_locked', { detail: 'Too many failed attempts. Try again later.', retryAfterSeconds: row.locked_seconds });
  if (row.wait_seconds !== null && row.wait_seconds > 0)
    throw new AppError('too_many_requests', { detail: 'Wait a moment before you try again.', retryAfterSeconds: row.wait_seconds });
}

export async function recordFailure(sql: Sql, tenantId: string, key: string, rule: ThrottleRule): Promise<void> {
  const rows = await sql.query<{ failures: number }>(
    `insert into login_throttles (tenant_id, key, failures, updated_at) values ($1, $2, 1, now())
     on conflict (tenant_id, key) do update
       set failures = case when login_throttles.locked_until is not null and login_throttles.locked_until <= now()
                           then 1 else login_throttles.failures + 1 end,
           locked_until = case when login_throttles.locked_until <= now() then null else login_throttles.locked_until end,
           updated_at = now()
     returning failures`,
    [tenantId, key],
  );
  const failures = rows[0]?.failures ?? 1;
  const lock = failures >= rule.lockAfter;
  await sql.query(
    `update login_throttles set next_attempt_at = now() + make_interval(secs => $2),
            locked_until = case when $3 then now() + make_interval(mins => $4) else locked_until end
      where tenant_id = app_tenant_id() and key = $1`,
    [key, delayAfter(failures, rule), lock, rule.lockMinutes],
  );
}

export async function clearThrottle(sql: Sql, key: string): Promise<void> {
  await sql.query('delete from login_throttles where tenant_id = app_tenant_id() and key = $1', [key]);
}
