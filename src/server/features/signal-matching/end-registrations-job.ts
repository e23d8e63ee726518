import type { Sql } from '../../db/database';
import { audit } from '../../platform/audit';
import type { Job } from '../../platform/jobs';
import * as q from './queries';

/**
 * Ends registrations whose time has come (two years, or the young person's 23rd birthday, as
 * computed at registration): the rows are deleted, not anonymised, because they hold nothing
 * but match keys and a contact; the match notifications that point at them go too. `now` is
 * injected so tests can move the clock.
 */
export async function endRegistrations(sql: Sql, now: Date): Promise<{ ended: number; notifications: number }> {
  const ended = await q.deleteEndedRegistrations(sql, now);
  const notifications = await q.deleteMatchNotifications(sql, ended);
  if (ended.length) {
    const [tenant] = await sql.query<{ id: string }>('select app_tenant_id() as id');
    audit(sql, { tenantId: tenant!.id, ip: '127.0.0.1', userAgent: 'wijkwijs-job' }, {
      eventType: 'signal_match.registrations_ended', action: 'delete', objectType: 'signal_match_registration', details: { ended: ended.length, notifications, asOf: now.toISOString() },
    });
  }
  return { ended: ended.length, notifications };
}

export function endSignalMatchRegistrationsJob(now: () => Date = () => new Date()): Job {
  return { name: 'end_signal_match_registrations', runForTenant: (sql) => endRegistrations(sql, now()) };
}
