import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { serviceDetailRow } from './detail-queries';
import { refreshDirectorySearch } from './refresh-search';
import { insertVersion } from './write-queries';

/**
 * After a change to a service: rebuild its search document, keep a snapshot of the new version
 * (who, when, what kind of change) and write the audit event. `by` is null for the public form.
 */
export async function recordServiceChange(sql: Sql, who: Actor | null, serviceId: string, change: string, byEmail: string | null = null): Promise<number> {
  await refreshDirectorySearch(sql, [serviceId]);
  const snapshot = await serviceDetailRow(sql, serviceId, null);
  const version = snapshot?.version ?? 1;
  await insertVersion(sql, { entity: 'service', id: serviceId, version, change, snapshot, by: who?.userId ?? null, byEmail });
  if (who) audit(sql, who, { eventType: `directory.service.${change}`, action: change === 'created' || change === 'proposed' ? 'create' : 'update', objectType: 'service', objectId: serviceId });
  return version;
}
