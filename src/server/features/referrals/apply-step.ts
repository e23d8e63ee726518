import type { ReferralStatus } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { todayInNl } from '../../platform/nl-date';
import { isConsentActive } from '../consents/consent-check';
import type { ReferralDeps } from './deps';
import { issueLink } from './issue-link';
import * as links from './link-queries';
import * as q from './queries';
import { takeSnapshot } from './snapshot';
import { judgeStep, type StepActor } from './status-flow';

export interface StepBy {
  kind: StepActor;
  userId: string | null;
  linkId: string | null;
  label: string;
}

/**
 * Moves a referral one step through the state machine (status-flow.ts), records who did it and
 * when, and keeps the links in line: sending takes the snapshot and mails the first link; each
 * provider answer mails the link for the next one; the end of the road closes every open link.
 */
export async function applyStep(sql: Sql, deps: ReferralDeps, tenantId: string, r: q.ReferralRow, to: ReferralStatus, reason: string | null, by: StepBy): Promise<void> {
  const verdict = judgeStep(r.status, to, by.kind, reason);
  if (!verdict.ok && verdict.problem === 'reason_required') throw new AppError('validation_failed', { field: 'body.reason', detail: 'Say why.' });
  if (!verdict.ok) throw new AppError('conflict', { detail: `A referral that is ${r.status} cannot become ${to}.` });
  let snapshot: unknown;
  if (to === 'sent') {
    if (!(await isConsentActive(sql, r.consent_id)))
      throw new AppError('consent_required', { field: 'body.consentId', detail: 'The consent for this referral is withdrawn or no longer valid.' });
    snapshot = await takeSnapshot(sql, r.household_id, r.person_id, r.shared_scope as never, todayInNl());
  }
  if (!(await q.updateStatus(sql, r.id, r.status, to, reason, snapshot))) throw new AppError('conflict', { detail: 'The referral changed in the meantime.' });
  await q.insertEvent(sql, { tenantId, id: newId(), referralId: r.id, from: r.status, to, reason, byUserId: by.userId, byLinkId: by.linkId, byLabel: by.label });
  const issued = by.kind !== 'system' && (await issueLink(sql, deps, tenantId, r, to));
  if (!issued) await links.revokeOpenLinks(sql, r.id, null);
}
