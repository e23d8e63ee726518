import type { z } from 'zod';
import type { SignalMatchRegistrationInput, SignalMatchRegistrationView } from '../../../contracts/signal-matching';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { SecretBox } from '../../platform/secrets';
import { endOfRegistration, matchKeysOf, tooOldForMatching } from './match-keys';
import { canRegister, isOtherOrganisation } from './policy';
import { toRegistrationView } from './present';
import * as q from './queries';
import { requireSignalMatching } from './settings';

/**
 * An organisation registers that it is involved with a young person. Only match keys (digests)
 * are kept. When other organisations are registered for the same young person, every contact
 * person involved is told who the others are (organisation, name, phone) — never any content.
 */
export async function registerInvolvement(sql: Sql, actor: Actor, box: SecretBox, input: z.output<typeof SignalMatchRegistrationInput>, now = new Date()): Promise<z.infer<typeof SignalMatchRegistrationView>> {
  await requireSignalMatching(sql);
  if (!canRegister(actor)) throw new AppError('forbidden', { detail: 'Your role cannot register involvement with a young person.' });
  if (tooOldForMatching(input.birthDate, now)) throw new AppError('validation_failed', { field: 'body.birthDate', reason: 'Signal matching is for young people under 23' });
  const keys = matchKeysOf(box, input);
  const existing = await q.registrationsFor(sql, keys);
  if (existing.some((r) => r.user_id === actor.userId)) throw new AppError('already_exists', { detail: 'You already registered involvement with this young person.' });

  const id = newId();
  const contact = await q.contactOf(sql, actor.userId);
  const row = { id, user_id: actor.userId, organisation_name: input.organisationName, contact_name: contact.display_name, contact_phone: input.contactPhone, own_reference: input.ownReference, registered_at: now, ends_at: endOfRegistration(input.birthDate, now) };
  await q.insertRegistration(sql, { tenantId: actor.tenantId, id, userId: actor.userId, organisationName: row.organisation_name, contactName: row.contact_name, contactPhone: row.contact_phone, ownReference: row.own_reference, keys, endsAt: row.ends_at });

  const others = existing.filter((r) => isOtherOrganisation(actor, row, r));
  for (const other of others) {
    await q.insertNotification(sql, { tenantId: actor.tenantId, id: newId(), userId: other.user_id, payload: { registrationId: other.id, otherRegistrationId: id, ownReference: other.own_reference, organisationName: row.organisation_name, contactName: row.contact_name, contactPhone: row.contact_phone } });
    await q.insertNotification(sql, { tenantId: actor.tenantId, id: newId(), userId: actor.userId, payload: { registrationId: id, otherRegistrationId: other.id, ownReference: row.own_reference, organisationName: other.organisation_name, contactName: other.contact_name, contactPhone: other.contact_phone } });
  }
  audit(sql, actor, { eventType: 'signal_match.registered', action: 'create', objectType: 'signal_match_registration', objectId: id, details: { matches: others.length, byBsn: keys.bsnDigest !== null } });
  return toRegistrationView(row, others.length);
}
