import type { Sql } from '../db/database';
import { AppError } from './errors';

/**
 * Checks shared by the plan side of the household file (plans, network, ZRM, safety maps, care
 * decisions): a closed case takes no more changes, and a person named in a request must be a
 * member of this household.
 */
export async function requireOpenCase(sql: Sql, householdId: string): Promise<void> {
  const status = await householdStatus(sql, householdId);
  if (status === null) throw new AppError('not_found');
  if (status === 'closed') throw new AppError('conflict', { detail: 'This case is closed; it takes no more changes.' });
}

/** Returns the member, or a 400 naming `field` when the person is not in this household. */
export async function requireMember(sql: Sql, householdId: string, personId: string, field: string): Promise<HouseholdPerson> {
  const member = (await personsOfHousehold(sql, householdId)).find((p) => p.id === personId);
  if (!member) throw new AppError('validation_failed', { field, detail: 'This person is not a member of the household.' });
  return member;
}

export async function requireMemberOrNull(sql: Sql, householdId: string, personId: string | null | undefined, field: string): Promise<void> {
  if (personId) await requireMember(sql, householdId, personId, field);
}

export interface HouseholdPerson {
  id: string;
  given_name: string;
  birth_date: string | null;
}

async function householdStatus(sql: Sql, householdId: string): Promise<'waiting' | 'active' | 'closed' | null> {
  const rows = await sql.query<{ status: 'waiting' | 'active' | 'closed' }>('select status from households where tenant_id = app_tenant_id() and id = $1', [householdId]);
  return rows[0]?.status ?? null;
}

async function personsOfHousehold(sql: Sql, householdId: string): Promise<HouseholdPerson[]> {
  return sql.query<HouseholdPerson>(
    'select id, given_name, birth_date::text as birth_date from persons where tenant_id = app_tenant_id() and household_id = $1 order by birth_date nulls last, id',
    [householdId],
  );
}
