import type { PublicSignalInput } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { AccessPoint } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { newSignalReference } from './reference';
import { recordSignal } from './record-signal';

/**
 * A resident shares a worry or asks a question without an account. Nothing is looked up about the
 * person it concerns, so the answer is the same whether or not the team knows them: a reference.
 * Honeypot: when the hidden `website` field is filled (people never see it, bots fill everything)
 * the answer looks exactly the same, with a reference that was never stored, and the signal is
 * dropped; only an audit event without content records it.
 */
export async function submitPublicSignal(sql: Sql, visitor: AccessPoint, input: PublicSignalInput): Promise<{ reference: string }> {
  if (input.website) {
    audit(sql, visitor, { eventType: 'signal.public_dropped', action: 'execute', outcome: 'denied', details: { reason: 'honeypot' } });
    return { reference: newSignalReference(new Date()) };
  }
  const named = !input.anonymous;
  const signal = await recordSignal(sql, visitor.tenantId, {
    source: 'public', kind: input.kind, urgency: 'normal', concerns: [], description: input.message, actionsTaken: '',
    givenName: input.aboutName || null, familyName: null, birthDate: null, school: null, street: null, houseNumber: null, postcode: input.postcode ?? null, city: null,
    bsnDigest: null, bsnSealed: null, parentsInformed: null, youngPersonInformed: null, notInformedReason: null, senderUserId: null,
    senderName: named ? (input.name ?? null) : null, senderOrganisation: null, senderPhone: named ? (input.phone ?? null) : null, senderEmail: named ? (input.email ?? null) : null,
  }, null);
  audit(sql, visitor, { eventType: 'signal.public_received', action: 'create', objectType: 'signal', objectId: signal.id, details: { kind: input.kind, anonymous: input.anonymous } });
  return { reference: signal.reference };
}
