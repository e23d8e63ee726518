import type { SendSignalInput, SentSignalView } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { SecretBox } from '../../platform/secrets';
import { BSN_DIGEST } from '../households/check-duplicates';
import { canSendSignal } from './policy';
import { recordSignal } from './record-signal';

/**
 * A signaller (school, GP practice, club) or an outreach worker sends a signal about a young
 * person. The answer is what the sender will ever see of it: reference and status. Outreach log
 * entries that become a signal call this same operation as their outreach worker.
 */
export async function sendSignal(sql: Sql, actor: Actor, box: SecretBox, input: SendSignalInput): Promise<SentSignalView> {
  if (!canSendSignal(actor)) throw new AppError('forbidden', { detail: 'Only signallers and outreach workers send signals here.' });
  const { subject, contact } = input;
  const bothKnow = input.parentsInformed && input.youngPersonInformed;
  const signal = await recordSignal(sql, actor.tenantId, {
    source: 'signaller', kind: 'worry', urgency: input.urgency, concerns: input.concerns, description: input.description, actionsTaken: input.actionsTaken,
    givenName: subject.givenName, familyName: subject.familyName, birthDate: subject.birthDate, school: subject.school || null,
    street: subject.address?.street ?? null, houseNumber: subject.address?.houseNumber ?? null, postcode: subject.address?.postcode ?? null, city: subject.address?.city ?? null,
    bsnDigest: subject.bsn ? box.digest(BSN_DIGEST, subject.bsn) : null, bsnSealed: subject.bsn ? box.seal(subject.bsn) : null,
    parentsInformed: input.parentsInformed, youngPersonInformed: input.youngPersonInformed, notInformedReason: bothKnow ? null : (input.notInformedReason ?? null),
    senderUserId: actor.userId, senderName: contact.name, senderOrganisation: contact.organisation, senderPhone: contact.phone, senderEmail: contact.email ?? null,
  }, actor.userId);
  audit(sql, actor, {
    eventType: 'signal.created', action: 'create', objectType: 'signal', objectId: signal.id,
    details: { teamId: signal.teamId, urgency: input.urgency, concerns: input.concerns, withBsn: Boolean(subject.bsn) },
  });
  const now = new Date().toISOString();
  return { id: signal.id, reference: signal.reference, subjectName: `${subject.givenName} ${subject.familyName}`, sentAt: now, status: 'received', statusChangedAt: now };
}
