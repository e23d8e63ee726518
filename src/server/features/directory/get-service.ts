import type { PublicServiceDetail, ServiceDetail } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { serviceWithSummary, type DetailRow } from './detail-queries';
import { weekdaysOf } from './open-now';
import { canEditService, canModerate, canSearchDirectory } from './policy';
import { toSummary } from './search-services';
import type { SummaryRow } from './summary-queries';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toPublicDetail(d: DetailRow, s: SummaryRow): PublicServiceDetail {
  return {
    ...toSummary(s, null),
    alternateName: d.alternate_name, description: d.description, url: d.url, email: d.email, status: d.status,
    applicationProcess: d.application_process, feesDescription: d.fees_description, eligibilityDescription: d.eligibility_description,
    interpretationServices: d.interpretation_services, alert: d.alert, organization: d.organization,
    locations: d.locations.map((l) => ({ ...l, latitude: num(l.latitude), longitude: num(l.longitude) })),
    schedules: d.schedules.map((sc) => ({ id: sc.id, locationId: sc.locationId, freq: sc.freq, weekdays: weekdaysOf(sc.byday), opensAt: sc.opensAt, closesAt: sc.closesAt, validFrom: sc.validFrom, validTo: sc.validTo, description: sc.description })),
    contacts: d.contacts, phones: d.phones, languages: d.languages,
    costOptions: d.cost_options.map((c) => ({ ...c, amount: num(c.amount) })), districts: d.districts, updatedAt: new Date(d.updated_at).toISOString(),
  };
}

/** Visible on the public portal: public, approved, active and not hidden for lack of confirmation. */
export const isPubliclyVisible = (d: DetailRow, s: SummaryRow) => d.is_public && d.status === 'active' && s.moderation_state === 'approved' && d.hidden_at === null;

/** A service page for anyone; anything not public is a 404, as if it did not exist. */
export async function getPublicService(sql: Sql, id: string, now: Date): Promise<PublicServiceDetail> {
  const found = await serviceWithSummary(sql, id, null, now);
  if (!found || !isPubliclyVisible(found.detail, found.summary)) throw new AppError('not_found');
  return toPublicDetail(found.detail, found.summary);
}

/** Keepers and the team also see pending and rejected entries; other staff only approved ones. */
export async function getService(sql: Sql, actor: Actor, id: string, now: Date): Promise<ServiceDetail> {
  if (!canSearchDirectory(actor)) throw new AppError('forbidden');
  const found = await serviceWithSummary(sql, id, actor.userId, now);
  if (!found) throw new AppError('not_found');
  const { detail: d, summary: s } = found;
  const keeping = { organizationMember: d.organization_member, owner: d.owner_user_id === actor.userId };
  const canEdit = canEditService(actor, keeping);
  if (s.moderation_state !== 'approved' && !canEdit && !canModerate(actor) && !keeping.organizationMember) throw new AppError('not_found');
  return {
    ...toPublicDetail(d, s), version: d.version, isPublic: d.is_public, moderationReason: d.moderation_reason, moderatedAt: iso(d.moderated_at),
    ownerUserId: d.owner_user_id, proposerName: d.proposer_name, lastConfirmedAt: iso(d.last_confirmed_at), hiddenAt: iso(d.hidden_at), canEdit,
  };
}
