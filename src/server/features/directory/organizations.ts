import type { z } from 'zod';
import type { OrganizationInput, OrganizationListQuery, OrganizationView, UpdateOrganizationInput } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { decodeCursor, toPage } from '../../platform/pagination';
import * as q from './organization-queries';
import { canManageOrganizations, canSearchDirectory } from './policy';
import { refreshDirectorySearch } from './refresh-search';
import { insertVersion } from './write-queries';

const toView = (r: q.OrganizationRow): OrganizationView => ({ id: r.id, name: r.name, description: r.description, website: r.website, email: r.email, version: r.version, serviceCount: r.service_count, memberIds: r.member_ids });

export async function getOrganization(sql: Sql, actor: Actor, id: string): Promise<OrganizationView> {
  if (!canSearchDirectory(actor)) throw new AppError('forbidden');
  const row = await q.organizationById(sql, id);
  if (!row) throw new AppError('not_found');
  return toView(row);
}

export async function listOrganizations(sql: Sql, actor: Actor, query: z.infer<typeof OrganizationListQuery>) {
  if (!canSearchDirectory(actor)) throw new AppError('forbidden');
  const after = decodeCursor(query.cursor, 2);
  const rows = await q.organizationPage(sql, query.q ?? null, query.mine ? actor.userId : null, after ? [String(after[0]), String(after[1])] : null, query.limit);
  const page = toPage(rows, query.limit, (r) => [r.name.toLowerCase(), r.id]);
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

async function recordOrganization(sql: Sql, actor: Actor, id: string, change: string): Promise<OrganizationView> {
  const row = await q.organizationById(sql, id);
  if (!row) throw new AppError('not_found');
  await insertVersion(sql, { entity: 'organization', id, version: row.version, change, snapshot: row, by: actor.userId });
  audit(sql, actor, { eventType: `directory.organization.${change}`, action: change === 'created' ? 'create' : 'update', objectType: 'organization', objectId: id });
  return toView(row);
}

export async function createOrganization(sql: Sql, actor: Actor, input: z.infer<typeof OrganizationInput>): Promise<OrganizationView> {
  if (!canManageOrganizations(actor)) throw new AppError('forbidden');
  const id = newId();
  await q.insertOrganization(sql, id, input, actor.userId);
  return recordOrganization(sql, actor, id, 'created');
}

/** Admins and the organisation's own providers edit it; its services are found by the new name. */
export async function updateOrganization(sql: Sql, actor: Actor, id: string, expected: number, input: z.infer<typeof UpdateOrganizationInput>): Promise<OrganizationView> {
  const current = await getOrganization(sql, actor, id);
  if (!canManageOrganizations(actor) && !(actor.roles.includes('provider') && current.memberIds.includes(actor.userId))) throw new AppError('forbidden');
  requireVersion(current.version, expected);
  if (!(await q.updateOrganizationRow(sql, id, expected, input, actor.userId))) requireVersion(expected + 1, expected);
  if (input.name !== undefined) await refreshDirectorySearch(sql, await q.serviceIdsOfOrganization(sql, id));
  return recordOrganization(sql, actor, id, 'updated');
}

/** Admins decide which provider accounts keep an organisation's entries. */
export async function setOrganizationMember(sql: Sql, actor: Actor, id: string, userId: string, member: boolean): Promise<OrganizationView> {
  if (!canManageOrganizations(actor)) throw new AppError('forbidden');
  await getOrganization(sql, actor, id);
  if (member && !(await q.providerExists(sql, userId))) throw new AppError('validation_failed', { field: 'path.userId', detail: 'Only provider accounts can keep an organisation.' });
  if (member) await q.addMember(sql, id, userId);
  else await q.removeMember(sql, id, userId);
  audit(sql, actor, { eventType: member ? 'directory.organization.member_added' : 'directory.organization.member_removed', action: 'update', objectType: 'organization', objectId: id, details: { userId } });
  return getOrganization(sql, actor, id);
}
