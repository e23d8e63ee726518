import type { InformationCategory } from '../../../contracts/consents';
import type { ProviderAnswer, ReferralView, SharedInformation } from '../../../contracts/referrals';
import type { LinkRow } from './link-queries';
import type { EventRow, ReferralRow } from './queries';

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

/**
 * The shared information is shown only while the consent holds: after withdrawal (or its end) the
 * provider sees no more of it, and neither does the link page.
 */
export const visibleShare = (r: ReferralRow): SharedInformation | null => (r.consent_active && r.shared_snapshot ? (r.shared_snapshot as SharedInformation) : null);

export const toEventView = (e: EventRow) => ({ id: e.id, fromStatus: e.from_status, toStatus: e.to_status, reason: e.reason, byName: e.by_name, at: iso(e.occurred_at)! });

export const toLinkView = (l: LinkRow) => ({
  id: l.id, recipientEmail: l.recipient_email, allowedStatuses: l.allowed_statuses as ProviderAnswer[], createdAt: iso(l.created_at)!, expiresAt: iso(l.expires_at)!,
  usedAt: iso(l.used_at), revokedAt: iso(l.revoked_at),
});

/** Case workers see the whole referral; providers only the service, the status, the message and what was shared. */
export function toReferralView(r: ReferralRow, events: EventRow[], links: LinkRow[], audience: 'case' | 'provider'): ReferralView {
  const forCase = audience === 'case';
  return {
    id: r.id, status: r.status, statusReason: r.status_reason, serviceId: r.service_id, serviceName: r.service_name, serviceKind: r.service_kind,
    organizationName: r.organization_name, householdId: forCase ? r.household_id : null, personId: forCase ? r.person_id : null,
    personName: forCase ? r.person_name : null, sharedScope: r.shared_scope as InformationCategory[], shared: forCase ? (r.shared_snapshot as SharedInformation | null) : visibleShare(r),
    consentActive: r.consent_active, message: r.message, sentAt: iso(r.sent_at), createdAt: iso(r.created_at)!, createdByName: r.created_by_name,
    events: events.filter((e) => e.referral_id === r.id).map(toEventView), links: forCase ? links.filter((l) => l.referral_id === r.id).map(toLinkView) : [],
    version: r.version,
  };
}
