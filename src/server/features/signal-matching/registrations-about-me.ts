import type { z } from 'zod';
import type { MySignalMatchRegistrationView } from '../../../contracts/signal-matching';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { SecretBox } from '../../platform/secrets';
import { matchKeysOf } from './match-keys';
import { canReadOwnRegistrations } from './policy';
import * as q from './queries';
import { requireSignalMatching } from './settings';

/**
 * A young person sees which organisations registered involvement with them, since when and until
 * when — not the contact persons. A client account without a linked person sees an empty list.
 */
export async function registrationsAboutMe(sql: Sql, actor: Actor, box: SecretBox): Promise<{ items: z.infer<typeof MySignalMatchRegistrationView>[] }> {
  await requireSignalMatching(sql);
  if (!canReadOwnRegistrations(actor)) throw new AppError('forbidden', { detail: 'Only a young person sees the registrations about them.' });
  const person = await q.personOfUser(sql, actor.userId);
  if (!person?.birth_date) return { items: [] };
  const keys = matchKeysOf(box, { givenName: person.given_name, familyName: person.family_name, birthDate: person.birth_date });
  const rows = await q.registrationsFor(sql, { bsnDigest: person.bsn_digest, nameDigest: keys.nameDigest });
  audit(sql, actor, { eventType: 'signal_match.read_by_client', action: 'read', personId: person.id, objectType: 'person', objectId: person.id, details: { count: rows.length } });
  return { items: rows.map((r) => ({ organisationName: r.organisation_name, since: new Date(r.registered_at).toISOString(), until: new Date(r.ends_at).toISOString() })) };
}
