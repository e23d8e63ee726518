import type { Job } from './jobs';

/** Deletes sessions, single-use links and throttle counters that can no longer be used. */
export function purgeExpiredCredentialsJob(idleMinutes: number): Job {
  return {
    name: 'purge_expired_credentials',
    async runForTenant(sql) {
      const sessions = await sql.query(
        `delete from sessions where tenant_id = app_tenant_id()
           and (expires_at < now() or last_seen_at < now() - make_interval(mins => $1) or revoked_at is not null) returning id`,
        [idleMinutes],
      );
      const links = await sql.query(`delete from password_tokens where tenant_id = app_tenant_id() and (expires_at < now() or used_at is not null) returning id`);
      const throttles = await sql.query(
        `delete from login_throttles where tenant_id = app_tenant_id() and updated_at < now() - interval '1 day'
           and (locked_until is null or locked_until < now()) returning key`,
      );
      return { sessions: sessions.length, links: links.length, throttles: throttles.length };
    },
  };
}
