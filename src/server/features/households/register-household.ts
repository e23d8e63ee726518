import type { HouseholdFile, IntakeInput } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { loadCaseRelation } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { SecretBox } from '../../platform/secrets';
import { BSN_DIGEST, checkDuplicates } from './check-duplicates';
import { canBecomeCoordinator, canRegisterHousehold } from './policy';
import { toHouseholdFile } from './present';
import * as q from './queries';

/**
 * Intake: a household with its members and address, placed in a neighbourhood by the tenant's
 * postcode table. Possible duplicates must have been seen (`acknowledgeDuplicates`) before a new
 * household is made. The coach becomes coordinator, or the household waits for the team lead.
 */
export async function registerHousehold(sql: Sql, actor: Actor, box: SecretBox, input: IntakeInput): Promise<HouseholdFile> {
  const teamId = input.teamId ?? actor.teamIds[0];
  if (!teamId || !canRegisterHousehold(actor, teamId))
    throw new AppError('forbidden', { field: 'body.teamId', detail: 'You can register households only for a team you belong to.' });
  const bsns = input.members.flatMap((m, i) => (m.bsn ? [{ i, bsn: m.bsn }] : []));
  const repeated = bsns.find((b, n) => bsns.findIndex((o) => o.bsn === b.bsn) !== n);
  if (repeated) throw new AppError('validation_failed', { field: `body.members.${repeated.i}.bsn`, detail: 'Two members have the same BSN.' });

  if (!input.acknowledgeDuplicates) {
    const { matches } = await checkDuplicates(sql, actor, box, { members: input.members, address: input.address });
    if (matches.length)
      throw new AppError('conflict', { field: 'body.acknowledgeDuplicates', detail: `This family may already be known (${matches.length} possible match). Check the matches first.` });
  }

  const id = newId();
  const firstParent = input.members.find((m) => m.role === 'parent') ?? input.members[0]!;
  const becomeCoordinator = input.becomeCoordinator && canBecomeCoordinator(actor);
  await q.insertHousehold(sql, {
    tenantId: actor.tenantId, id, name: input.name ?? `Huishouden ${firstParent.familyName}`, teamId,
    status: becomeCoordinator ? 'active' : 'waiting', priority: input.priority, street: input.address.street,
    houseNumber: input.address.houseNumber, postcode: input.address.postcode, city: input.address.city,
    neighbourhoodId: await q.neighbourhoodForPostcode(sql, input.address.postcode), phone: input.phone ?? null, email: input.email ?? null,
  });
  const personIds: string[] = [];
  for (const member of input.members) {
    const personId = newId();
    personIds.push(personId);
    await q.insertPerson(sql, {
      tenantId: actor.tenantId, id: personId, householdId: id, givenName: member.givenName, familyName: member.familyName,
      birthDate: member.birthDate, role: member.role, bsnDigest: member.bsn ? box.digest(BSN_DIGEST, member.bsn) : null,
      bsnSealed: member.bsn ? box.seal(member.bsn) : null, phone: member.phone ?? null, email: member.email ?? null,
    });
  }
  if (becomeCoordinator) {
    await q.moveCoordinator(sql, actor.tenantId, id, null, actor.userId);
    await q.insertHandover(sql, { tenantId: actor.tenantId, id: newId(), householdId: id, from: null, to: actor.userId, note: 'Intake', by: actor.userId });
  }
  audit(sql, actor, { eventType: 'household.created', action: 'create', objectType: 'household', objectId: id, details: { members: personIds.length, waiting: !becomeCoordinator } });
  for (const personId of personIds) audit(sql, actor, { eventType: 'person.created', action: 'create', personId, objectType: 'household', objectId: id });

  const rel = await loadCaseRelation(sql, actor, id);
  const file = await q.householdFile(sql, id);
  if (!rel || !file) throw new AppError('internal_error');
  return toHouseholdFile(file.household, file.members, rel);
}
