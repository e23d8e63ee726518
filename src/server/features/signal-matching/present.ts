import type { z } from 'zod';
import type { SignalMatchRegistrationView, SignalMatchView } from '../../../contracts/signal-matching';
import type { RegistrationRow } from './queries';

const iso = (d: Date) => new Date(d).toISOString();

export const toRegistrationView = (r: RegistrationRow, matches: number): z.infer<typeof SignalMatchRegistrationView> => ({
  id: r.id, organisationName: r.organisation_name, contactName: r.contact_name, contactPhone: r.contact_phone,
  ownReference: r.own_reference, registeredAt: iso(r.registered_at), endsAt: iso(r.ends_at), matches,
});

/** Who else is involved: organisation, contact name and phone, since when. Nothing about the young person. */
export const toMatchView = (r: RegistrationRow): z.infer<typeof SignalMatchView> => ({
  registrationId: r.id, organisationName: r.organisation_name, contactName: r.contact_name, contactPhone: r.contact_phone, since: iso(r.registered_at),
});
