import type { z } from 'zod';
import type { HouseholdFile, UpdateHouseholdInput } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { toHouseholdFile } from './present';
import * as q from './queries';

/** Changes the household's own details; a stale version (someone saved in between) is a 412. */
export async function updateHousehold(sql: Sql, actor: Actor, householdId: string, expected: number, input: z.infer<typeof UpdateHouseholdInput>): Promise<HouseholdFile> {
  const rel = await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const current = await q.householdById(sql, householdId);
  if (!current) throw new AppError('not_found');
  requireVersion(current.version, expected);
  const columns: Record<string, unknown> = {};
  if (input.name !== undefined) columns.name = input.name;
  if (input.priority !== undefined) columns.priority = input.priority;
  if (input.phone !== undefined) columns.phone = input.phone;
  if (input.email !== undefined) columns.email = input.email;
  if (input.address) {
    Object.assign(columns, { street: input.address.street, house_number: input.address.houseNumber, postcode: input.address.postcode, city: input.address.city });
    columns.neighbourhood_id = await q.neighbourhoodForPostcode(sql, input.address.postcode);
  }
  if (Object.keys(columns).length && !(await q.updateHouseholdColumns(sql, householdId, expected, columns))) requireVersion(-1, expected);
  audit(sql, actor, { eventType: 'household.updated', action: 'update', objectType: 'household', objectId: householdId, details: { changed: Object.keys(input) } });
  const after = await q.householdFile(sql, householdId);
  return toHouseholdFile(after!.household, after!.members, rel);
}
