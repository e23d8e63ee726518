import type { ActivityProposalInput, OwnActivityInput } from '../../../contracts/directory';
import { ACTIVITY_CONFIRM_PATH } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import type { AccessPoint, Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { Mailer } from '../../platform/mail';
import { newToken, tokenHash } from '../../platform/tokens';
import { normalisePostcode } from './geocode';
import * as lq from './location-queries';
import * as pq from './proposal-queries';
import { recordServiceChange } from './record-change';
import { checkParts, writeParts } from './service-parts';
import * as q from './write-queries';

export const PROPOSAL_LINK_DAYS = 7;

/** The fields both ways of proposing share: what, when, where, ages, cost. */
type ActivityFields = Pick<ActivityProposalInput, 'name' | 'description' | 'themes' | 'minimumAge' | 'maximumAge' | 'cost' | 'place' | 'schedules'>;

/**
 * Stores a proposed informal activity as a pending entry with its place (made for it) and weekly
 * times. `host`: the signed-in host who keeps it (and the place); null for the public form.
 */
export async function insertProposedActivity(sql: Sql, input: ActivityFields, keeper: { host: Actor | null; proposerName?: string; proposerEmail?: string; email?: string | null; phones?: OwnActivityInput['phones'] }): Promise<string> {
  const termIds = await checkParts(sql, { themes: input.themes, schedules: input.schedules.map((s) => ({ ...s, locationId: null })) });
  if (input.schedules.some((s) => s.locationId !== null)) throw new AppError('validation_failed', { field: 'body.schedules.0.locationId', detail: 'Leave the place out: the activity has one place.' });
  const serviceId = newId();
  const hostId = keeper.host?.userId ?? null;
  await q.insertService(sql, serviceId, {
    organization_id: null, name: input.name, alternate_name: null, description: input.description, url: null, email: keeper.email ?? null, status: 'active',
    application_process: null, fees_description: null, eligibility_description: null, interpretation_services: null,
    minimum_age: input.minimumAge, maximum_age: input.maximumAge, kind: 'informal', is_public: true, cost: input.cost,
  }, { moderationState: 'pending', ownerUserId: hostId, createdBy: hostId, proposerName: keeper.proposerName ?? null, proposerEmail: keeper.proposerEmail ?? null });
  let locationIds: string[] | undefined;
  if (input.place) {
    const locationId = newId();
    const postcode = normalisePostcode(input.place.address.postalCode);
    const place = await lq.postcodePlace(sql, postcode);
    await lq.upsertLocation(sql, locationId, { organizationId: null, name: input.place.name, description: null, transportation: null, latitude: place.latitude, longitude: place.longitude, neighbourhoodId: place.neighbourhood_id }, hostId, null);
    await lq.replaceAddressAndAccessibility(sql, locationId, { ...input.place.address, postalCode: postcode }, null);
    if (keeper.host) await q.insertVersion(sql, { entity: 'location', id: locationId, version: 1, change: 'created', snapshot: await lq.locationById(sql, locationId), by: hostId });
    locationIds = [locationId];
  }
  await writeParts(sql, serviceId, { themes: input.themes, locationIds, schedules: input.schedules, phones: keeper.phones }, termIds);
  await recordServiceChange(sql, keeper.host, serviceId, 'proposed', keeper.proposerEmail ?? null);
  return serviceId;
}

/**
 * A resident proposes an informal activity through the public form. It is stored as a pending
 * informal entry, invisible to everyone until the resident confirms their e-mail address through
 * the link we send; then the team moderates it.
 */
export async function proposeActivity(sql: Sql, visitor: AccessPoint, mailer: Mailer, input: ActivityProposalInput, link: { baseUrl: string; tenantName: string }): Promise<void> {
  const serviceId = await insertProposedActivity(sql, input, { host: null, proposerName: input.proposerName, proposerEmail: input.proposerEmail });
  const token = newToken();
  await pq.insertProposal(sql, { id: newId(), serviceId, email: input.proposerEmail, tokenHash: tokenHash(token), days: PROPOSAL_LINK_DAYS });
  await mailer.send(sql, visitor.tenantId, {
    to: input.proposerEmail,
    subject: `Bevestig uw activiteit "${input.name}" voor de sociale kaart`,
    text: `Beste ${input.proposerName},\n\nU heeft de activiteit "${input.name}" aangemeld bij de sociale kaart van ${link.tenantName}.\n`
      + `Klopt dat? Bevestig het met deze link (${PROPOSAL_LINK_DAYS} dagen geldig):\n${link.baseUrl}${ACTIVITY_CONFIRM_PATH}?token=${token}\n\n`
      + `Daarna bekijkt het wijkteam uw aanmelding. Heeft u dit niet gedaan? Dan hoeft u niets te doen.`,
  });
  audit(sql, visitor, { eventType: 'directory.activity.proposed', action: 'create', objectType: 'service', objectId: serviceId });
}

/** The resident's confirmation link: the proposal joins the team's moderation queue. Unknown, used or expired: 404. */
export async function confirmActivityProposal(sql: Sql, visitor: AccessPoint, token: string): Promise<void> {
  const confirmed = await pq.confirmProposal(sql, tokenHash(token));
  if (!confirmed) throw new AppError('not_found', { detail: 'This link is not valid (any more).' });
  await q.markConfirmed(sql, confirmed.service_id, null);
  await recordServiceChange(sql, null, confirmed.service_id, 'email_confirmed', confirmed.email);
  audit(sql, visitor, { eventType: 'directory.activity.email_confirmed', action: 'update', objectType: 'service', objectId: confirmed.service_id });
}
