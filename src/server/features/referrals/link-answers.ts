import type { z } from 'zod';
import type { LinkAnswerInput, LinkReferralView, ProviderAnswer } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import type { AccessPoint } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { tokenHash } from '../../platform/tokens';
import { applyStep } from './apply-step';
import { auditReferralReads } from './audit-reads';
import type { ReferralDeps } from './deps';
import * as links from './link-queries';
import { verifyLinkToken } from './link-token';
import { visibleShare } from './present';
import * as q from './queries';

const GONE = 'This link does not work (any more): it was used, revoked or has expired. Ask the coach for a new one.';

/** Finds the referral behind a link. A forged, used, revoked or expired link is a 404 and is audited. */
async function openLink(sql: Sql, deps: ReferralDeps, visitor: AccessPoint, token: string) {
  const link = verifyLinkToken(deps.secretBox, token) ? await links.linkByTokenHash(sql, tokenHash(token)) : null;
  const referral = link?.usable ? await q.referralById(sql, link.referral_id) : null;
  if (!link || !referral)
    throw new AppError('not_found', { detail: GONE, audit: { eventType: 'referral.link_refused', action: 'read', outcome: 'denied', objectType: 'referral', objectId: link?.referral_id ?? null } });
  return { link, referral };
}

/** The link page: the shared information (while the consent holds), the coach's message, and the answers this link allows. */
export async function readReferralLink(sql: Sql, deps: ReferralDeps, visitor: AccessPoint, token: string): Promise<z.infer<typeof LinkReferralView>> {
  const { link, referral } = await openLink(sql, deps, visitor, token);
  auditReferralReads(sql, visitor, [referral], 'link', { linkId: link.id, recipient: link.recipient_email });
  return {
    serviceName: referral.service_name, status: referral.status, allowedStatuses: link.allowed_statuses as ProviderAnswer[], shared: visibleShare(referral),
    message: visibleShare(referral) ? referral.message : '', sentAt: referral.sent_at ? new Date(referral.sent_at).toISOString() : null,
    expiresAt: new Date(link.expires_at).toISOString(), sentByName: referral.created_by_name,
  };
}

/** One answer per link: it moves the referral one step; the next link (if any) goes out by mail. */
export async function answerReferralLink(sql: Sql, deps: ReferralDeps, visitor: AccessPoint, token: string, input: LinkAnswerInput): Promise<{ status: LinkAnswerInput['status'] }> {
  const { link, referral } = await openLink(sql, deps, visitor, token);
  if (!link.allowed_statuses.includes(input.status)) throw new AppError('validation_failed', { field: 'body.status', detail: `This link allows: ${link.allowed_statuses.join(', ')}.` });
  if (!(await links.useLink(sql, link.id))) throw new AppError('not_found', { detail: GONE });
  await applyStep(sql, deps, visitor.tenantId, referral, input.status, input.reason?.trim() || null, { kind: 'provider', userId: null, linkId: link.id, label: link.recipient_email });
  audit(sql, visitor, { eventType: `referral.${input.status}`, action: 'update', personId: referral.person_id, objectType: 'referral', objectId: referral.id, details: { via: 'link', linkId: link.id } });
  return { status: input.status };
}
