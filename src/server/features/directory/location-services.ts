import type { z } from 'zod';
import type { LocationDetail, ServiceVersionView } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import { hasRole, type Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { getService } from './get-service';
import * as q from './location-queries';
import { mayKeep } from './locations';
import { canEditService, canModerate, canSearchDirectory } from './policy';
import { recordServiceChange } from './record-change';

type VersionView = z.infer<typeof ServiceVersionView>;

async function loadKept(sql: Sql, actor: Actor, id: string): Promise<q.LocationRow> {
  if (!canSearchDirectory(actor)) throw new AppError('forbidden');
  const row = await q.locationById(sql, id);
  if (!row) throw new AppError('not_found');
  return row;
}

/** A place, whether the actor keeps it, and the services there that the actor may see (approved ones, their own, or all for the team). */
export async function getLocation(sql: Sql, actor: Actor, id: string): Promise<LocationDetail> {
  const { createdBy, ...row } = await loadKept(sql, actor, id);
  const services = await q.servicesAtLocation(sql, id, actor.userId, canModerate(actor) || hasRole(actor, 'admin'));
  return {
    ...row, canEdit: await mayKeep(sql, actor, row.organizationId, createdBy),
    services: services.map((s) => ({ id: s.id, name: s.name, moderationState: s.moderation_state, canEdit: canEditService(actor, { organizationMember: s.organization_member, owner: s.owner }) })),
  };
}

/** Every version of a place, newest first, attributed: for those who keep it and the team. */
export async function listLocationVersions(sql: Sql, actor: Actor, id: string, query: { cursor?: string | undefined; limit: number }): Promise<{ items: VersionView[]; nextCursor: string | null }> {
  const row = await loadKept(sql, actor, id);
  if (!canModerate(actor) && !(await mayKeep(sql, actor, row.organizationId, row.createdBy))) throw new AppError('forbidden');
  const before = decodeCursor(query.cursor, 1);
  const rows = await q.locationVersionPage(sql, id, before ? Number(before[0]) : null, query.limit);
  const page = toPage(rows, query.limit, (r) => [r.version]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({ version: r.version, change: r.change, changedByName: r.changed_by_name ?? r.changed_by_email, changedAt: new Date(r.changed_at).toISOString(), snapshot: r.snapshot })),
  };
}

/**
 * Offers a service at a place (service_at_location) or stops it. The actor keeps both the place and
 * the service. The service gets a new version (its locations changed), attributed and audited.
 * Stopping while the service has opening times at the place is a conflict: remove those first.
 */
export async function setServiceAtLocation(sql: Sql, actor: Actor, locationId: string, serviceId: string, linked: boolean): Promise<LocationDetail> {
  const row = await loadKept(sql, actor, locationId);
  if (!(await mayKeep(sql, actor, row.organizationId, row.createdBy))) throw new AppError('forbidden');
  const service = await getService(sql, actor, serviceId, new Date());
  if (!service.canEdit) throw new AppError('forbidden', { detail: 'You do not keep this service.' });
  const isLinked = service.locations.some((l) => l.id === locationId);
  if (linked && !isLinked) await q.linkServiceToLocation(sql, serviceId, locationId);
  if (!linked) {
    if (!isLinked) throw new AppError('not_found', { detail: 'This service is not offered at this place.' });
    if (service.schedules.some((s) => s.locationId === locationId))
      throw new AppError('conflict', { detail: 'The service has opening times at this place: remove those first.' });
    await q.unlinkServiceFromLocation(sql, serviceId, locationId);
  }
  if (linked !== isLinked) {
    await q.touchService(sql, serviceId, actor.userId);
    await recordServiceChange(sql, actor, serviceId, linked ? 'location_linked' : 'location_unlinked');
    audit(sql, actor, { eventType: linked ? 'directory.location.service_linked' : 'directory.location.service_unlinked', action: 'update', objectType: 'location', objectId: locationId, details: { serviceId } });
  }
  return getLocation(sql, actor, locationId);
}
