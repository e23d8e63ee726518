import type { z } from 'zod';
import type { DistrictInput, NeighbourhoodInput, TeamInput } from '../../../contracts/admin';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { requireAdmin } from './policy';
import * as q from './queries';

function duplicateAs(field: string, detail: string) {
  return (error: unknown) => {
    if ((error as { code?: string }).code === '23505') throw new AppError('already_exists', { field, detail });
    throw error;
  };
}

/** Creates (id null) or changes a team. */
export async function saveTeam(sql: Sql, actor: Actor, id: string | null, input: z.infer<typeof TeamInput>): Promise<string> {
  requireAdmin(actor);
  if (id && !(await q.exists(sql, 'teams', id))) throw new AppError('not_found');
  if (input.districtId && !(await q.exists(sql, 'districts', input.districtId))) throw new AppError('validation_failed', { field: 'body.districtId', detail: 'No such district.' });
  const teamId = id ?? newId();
  await q.upsertTeam(sql, { tenantId: actor.tenantId, id: teamId, name: input.name, districtId: input.districtId }).catch(duplicateAs('body.name', 'A team with this name exists.'));
  audit(sql, actor, { eventType: id ? 'team.updated' : 'team.created', action: id ? 'update' : 'create', objectType: 'team', objectId: teamId });
  return teamId;
}

export async function saveDistrict(sql: Sql, actor: Actor, id: string | null, input: z.infer<typeof DistrictInput>): Promise<string> {
  requireAdmin(actor);
  if (id && !(await q.exists(sql, 'districts', id))) throw new AppError('not_found');
  const districtId = id ?? newId();
  await q.upsertDistrict(sql, { tenantId: actor.tenantId, id: districtId, ...input }).catch(duplicateAs('body.cbsCode', 'This CBS code is already in use.'));
  audit(sql, actor, { eventType: id ? 'district.updated' : 'district.created', action: id ? 'update' : 'create', objectType: 'district', objectId: districtId });
  return districtId;
}

export async function saveNeighbourhood(sql: Sql, actor: Actor, id: string | null, input: z.infer<typeof NeighbourhoodInput>): Promise<string> {
  requireAdmin(actor);
  if (id && !(await q.exists(sql, 'neighbourhoods', id))) throw new AppError('not_found');
  if (!(await q.exists(sql, 'districts', input.districtId))) throw new AppError('validation_failed', { field: 'body.districtId', detail: 'No such district.' });
  const neighbourhoodId = id ?? newId();
  await q.upsertNeighbourhood(sql, { tenantId: actor.tenantId, id: neighbourhoodId, ...input }).catch(duplicateAs('body.cbsCode', 'This CBS code is already in use.'));
  audit(sql, actor, { eventType: id ? 'neighbourhood.updated' : 'neighbourhood.created', action: id ? 'update' : 'create', objectType: 'neighbourhood', objectId: neighbourhoodId });
  return neighbourhoodId;
}
