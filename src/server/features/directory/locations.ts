import type { z } from 'zod';
import type { LocationInput, LocationListQuery, LocationView, UpdateLocationInput } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import { hasRole, type Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { decodeCursor, toPage } from '../../platform/pagination';
import { normalisePostcode } from './geocode';
import * as q from './location-queries';
import { canSearchDirectory } from './policy';
import { refreshDirectorySearch } from './refresh-search';
import { insertVersion, isOrganizationMember } from './write-queries';

const toView = ({ createdBy: _createdBy, ...view }: q.LocationRow): LocationView => view;

export async function listLocations(sql: Sql, actor: Actor, query: z.infer<typeof LocationListQuery>) {
  if (!canSearchDirectory(actor)) throw new AppError('forbidden');
  const after = decodeCursor(query.cursor, 2);
  const rows = await q.locationPage(sql, query.organizationId ?? null, after ? [String(after[0]), String(after[1])] : null, query.limit);
  const page = toPage(rows, query.limit, (r) => [(r.name ?? '').toLowerCase(), r.id]);
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

/** Admins (the tenant's directory editors, any organisation); providers for their organisation's places; hosts for places they added themselves. */
export async function mayKeep(sql: Sql, actor: Actor, organizationId: string | null, createdBy: string | null): Promise<boolean> {
  if (hasRole(actor, 'admin')) return true;
  if (organizationId) return hasRole(actor, 'provider') && (await isOrganizationMember(sql, organizationId, actor.userId));
  return hasRole(actor, 'initiative_host', 'provider') && (createdBy === null || createdBy === actor.userId);
}

async function save(sql: Sql, actor: Actor, id: string, input: z.infer<typeof LocationInput>, expected: number | null): Promise<LocationView> {
  const postcode = normalisePostcode(input.address.postalCode);
  const place = await q.postcodePlace(sql, postcode);
  const hasPoint = input.latitude !== null && input.longitude !== null;
  if ((input.latitude === null) !== (input.longitude === null)) throw new AppError('validation_failed', { field: 'body.longitude', detail: 'Give both latitude and longitude, or neither.' });
  const saved = await q.upsertLocation(sql, id, {
    organizationId: input.organizationId, name: input.name, description: input.description, transportation: input.transportation,
    latitude: hasPoint ? input.latitude : place.latitude, longitude: hasPoint ? input.longitude : place.longitude, neighbourhoodId: place.neighbourhood_id,
  }, actor.userId, expected);
  if (!saved) requireVersion((expected ?? 0) + 1, expected ?? 0);
  await q.replaceAddressAndAccessibility(sql, id, { ...input.address, postalCode: postcode }, input.accessibility);
  const row = await q.locationById(sql, id);
  if (!row) throw new AppError('not_found');
  await insertVersion(sql, { entity: 'location', id, version: row.version, change: expected === null ? 'created' : 'updated', snapshot: row, by: actor.userId });
  audit(sql, actor, { eventType: expected === null ? 'directory.location.created' : 'directory.location.updated', action: expected === null ? 'create' : 'update', objectType: 'location', objectId: id });
  await refreshDirectorySearch(sql, await q.serviceIdsAtLocation(sql, id));
  return toView(row);
}

export async function createLocation(sql: Sql, actor: Actor, input: z.infer<typeof LocationInput>): Promise<LocationView> {
  if (!canSearchDirectory(actor) || !(await mayKeep(sql, actor, input.organizationId, null))) throw new AppError('forbidden');
  return save(sql, actor, newId(), input, null);
}

export async function updateLocation(sql: Sql, actor: Actor, id: string, expected: number, input: z.infer<typeof UpdateLocationInput>): Promise<LocationView> {
  if (!canSearchDirectory(actor)) throw new AppError('forbidden');
  const current = await q.locationById(sql, id);
  if (!current) throw new AppError('not_found');
  if (!(await mayKeep(sql, actor, current.organizationId, current.createdBy))) throw new AppError('forbidden');
  requireVersion(current.version, expected);
  const address = input.address ?? (current.address ? { address1: current.address.address1, postalCode: current.address.postalCode, city: current.address.city } : null);
  if (!address) throw new AppError('validation_failed', { field: 'body.address', detail: 'Give the address.' });
  const moved = input.address !== undefined && input.latitude === undefined;
  return save(sql, actor, id, {
    organizationId: current.organizationId, name: input.name ?? current.name ?? '', description: input.description !== undefined ? input.description : current.description,
    transportation: input.transportation !== undefined ? input.transportation : current.transportation, address,
    latitude: moved ? null : input.latitude !== undefined ? input.latitude : current.latitude, longitude: moved ? null : input.longitude !== undefined ? input.longitude : current.longitude,
    accessibility: input.accessibility ?? current.accessibility.flatMap((a) => (a.description ? [a.description] : [])),
  }, expected);
}
