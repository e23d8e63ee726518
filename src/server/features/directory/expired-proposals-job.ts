import type { Sql } from '../../db/database';
import { audit } from '../../platform/audit';
import type { Job } from '../../platform/jobs';
import { deleteExpiredProposals } from './proposal-queries';

/**
 * Public proposals whose e-mail link expired unused are deleted with the proposer's name and
 * address (they were never checked nor public). One audit event per tenant says how many and until
 * when; it names no one. `now` is injected so tests can move the clock.
 */
export async function deleteExpiredActivityProposals(sql: Sql, now: Date): Promise<{ proposals: number; locations: number }> {
  const deleted = await deleteExpiredProposals(sql, now);
  if (deleted.serviceIds.length) {
    const [tenant] = await sql.query<{ id: string }>('select app_tenant_id() as id');
    audit(sql, { tenantId: tenant!.id, ip: '127.0.0.1', userAgent: 'wijkwijs-job' }, {
      eventType: 'directory.activity.expired_deleted', action: 'delete', objectType: 'service',
      details: { proposals: deleted.serviceIds.length, locations: deleted.locationIds.length, asOf: now.toISOString() },
    });
  }
  return { proposals: deleted.serviceIds.length, locations: deleted.locationIds.length };
}

/** Daily: unconfirmed public proposals past their 7-day link are deleted. */
export function expiredActivityProposalsJob(now: () => Date = () => new Date()): Job {
  return { name: 'directory_expired_proposals', runForTenant: (sql) => deleteExpiredActivityProposals(sql, now()) };
}
