import type { Sql } from '../../db/database';
import { AppError } from '../../platform/errors';
import * as q from './queries';

/**
 * Checks shared by the plan side of the household file (plans, network, ZRM, safety maps, care
 * decisions): a closed case takes no more changes, and a person named in a request must be a
 * member of this household.
 */
export async function requireOpenCase(sql: Sql, householdId: string): Promise<void> {
  const status = await q.householdStatus(sql, householdId);
  if (status === null) throw new AppError('not_found');
  if (status === 'closed') throw new AppError('conflict', { detail: 'This case is closed; it takes no more changes.' });
}

/** Returns the member, or a 400 naming `field` when the person is not in this household. */
export async function requireMember(sql: Sql, householdId: string, personId: string, field: string): Promise<q.HouseholdPerson> {
  const member = (await q.personsOfHousehold(sql, householdId)).find((p) => p.id === personId);
  if (!member) throw new AppError('validation_failed', { field, detail: 'This person is not a member of the household.' });
  return member;
}

export async function requireMemberOrNull(sql: Sql, householdId: string, personId: string | null | undefined, field: string): Promise<void> {
  if (personId) await requireMember(sql, householdId, personId, field);
}
