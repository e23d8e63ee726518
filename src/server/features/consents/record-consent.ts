import type { ConsentInput, ConsentView } from '../../../contracts/consents';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { auditCaseChange } from '../../platform/case-audit';
import { requireOpenCase } from '../../platform/case-guards';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { todayInNl } from '../../platform/nl-date';
import { missingGiver, type Member } from './policy';
import { toConsentView } from './present';
import * as q from './queries';

/**
 * Records a consent the coach took down: for whom, given by whom (checked against the age rules),
 * which information, to whom (the service's organisation, or the service when it has none), until when.
 */
export async function recordConsent(sql: Sql, actor: Actor, input: ConsentInput): Promise<ConsentView> {
  await requireCaseAccess(sql, actor, input.householdId, 'write', 'household.update');
  await requireOpenCase(sql, input.householdId);
  const members = await q.membersWithRoles(sql, input.householdId);
  const subject = members.find((m) => m.id === input.personId);
  if (!subject) throw new AppError('validation_failed', { field: 'body.personId', detail: 'This person is not a member of the household.' });
  const givers = input.givenByPersonIds.map((id) => members.find((m) => m.id === id));
  if (givers.some((g) => !g)) throw new AppError('validation_failed', { field: 'body.givenByPersonIds', detail: 'Everyone who gives consent must be a member of the household.' });
  const today = todayInNl();
  const missing = missingGiver(subject, givers as Member[], today);
  if (missing) throw new AppError('validation_failed', { field: 'body.givenByPersonIds', detail: missing });
  const validFrom = input.validFrom ?? today;
  if (input.validUntil < today) throw new AppError('validation_failed', { field: 'body.validUntil', detail: 'A consent that has already ended cannot be recorded.' });
  const service = await q.serviceRecipient(sql, input.serviceId);
  if (!service) throw new AppError('validation_failed', { field: 'body.serviceId', detail: 'There is no such service.' });
  const id = newId();
  await q.insertConsent(sql, {
    tenantId: actor.tenantId, id, householdId: input.householdId, personId: input.personId, purpose: input.purpose, scope: input.scope,
    organizationId: service.organization_id, serviceId: service.organization_id ? null : service.id, validFrom, validUntil: input.validUntil,
    note: input.note, recordedBy: actor.userId, givenBy: [...new Set(input.givenByPersonIds)],
  });
  auditCaseChange(sql, actor, input.householdId, 'consent.recorded', 'create', { consentId: id, purpose: input.purpose, scope: input.scope }, input.personId);
  return toConsentView((await q.consentById(sql, id))!);
}
