import type { z } from 'zod';
import type { MemberInput, MemberView, UpdateMemberInput } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { SecretBox } from '../../platform/secrets';
import { BSN_DIGEST } from './check-duplicates';
import { toMemberView } from './present';
import * as q from './queries';

async function memberView(sql: Sql, householdId: string, personId: string): Promise<z.infer<typeof MemberView>> {
  const member = (await q.membersOfHousehold(sql, householdId)).find((m) => m.id === personId);
  if (!member) throw new AppError('not_found');
  return toMemberView(member);
}


export async function addMember(sql: Sql, actor: Actor, box: SecretBox, householdId: string, input: z.infer<typeof MemberInput>) {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const personId = newId();
  await q.insertPerson(sql, {
    tenantId: actor.tenantId, id: personId, householdId, givenName: input.givenName, familyName: input.familyName, birthDate: input.birthDate,
    role: input.role, bsnDigest: input.bsn ? box.digest(BSN_DIGEST, input.bsn) : null, bsnSealed: input.bsn ? box.seal(input.bsn) : null,
    phone: input.phone ?? null, email: input.email ?? null,
  });
  audit(sql, actor, { eventType: 'person.created', action: 'create', personId, objectType: 'household', objectId: householdId });
  return memberView(sql, householdId, personId);
}

export async function updateMember(sql: Sql, actor: Actor, box: SecretBox, householdId: string, personId: string, expected: number, input: z.infer<typeof UpdateMemberInput>) {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const person = await q.personOfHousehold(sql, householdId, personId);
  if (!person) throw new AppError('not_found');
  requireVersion(person.version, expected);
  const columns: Record<string, unknown> = {};
  const map = { givenName: 'given_name', familyName: 'family_name', birthDate: 'birth_date', role: 'role', phone: 'phone', email: 'email' } as const;
  for (const [key, column] of Object.entries(map)) if (input[key as keyof typeof map] !== undefined) columns[column] = input[key as keyof typeof map];
  if (input.bsn !== undefined) Object.assign(columns, { bsn_digest: box.digest(BSN_DIGEST, input.bsn), bsn_sealed: box.seal(input.bsn) });
  if (Object.keys(columns).length && !(await q.updatePersonColumns(sql, householdId, personId, expected, columns))) requireVersion(-1, expected);
  audit(sql, actor, { eventType: 'person.updated', action: 'update', personId, objectType: 'household', objectId: householdId, details: { changed: Object.keys(input) } });
  return memberView(sql, householdId, personId);
}

/** Shows one member's BSN to someone on the case; never part of lists or the file itself. Audited. */
export async function revealBsn(sql: Sql, actor: Actor, box: SecretBox, householdId: string, personId: string) {
  await requireCaseAccess(sql, actor, householdId, 'read');
  const person = await q.personOfHousehold(sql, householdId, personId);
  if (!person?.bsn_sealed) throw new AppError('not_found', { detail: 'No BSN is known for this person.' });
  audit(sql, actor, { eventType: 'person.bsn_read', action: 'read', personId, objectType: 'household', objectId: householdId });
  return { personId, bsn: box.open(person.bsn_sealed) };
}
