import type { ReferralStatus } from '../../../contracts/referrals';

/** Who moves a referral: the referring case worker, the provider (inbox or link), or the follow-up job. */
export type StepActor = 'coach' | 'provider' | 'system';

export type StepVerdict = { ok: true } | { ok: false; problem: 'not_allowed' | 'reason_required' };

const TRANSITIONS: Record<StepActor, Partial<Record<ReferralStatus, readonly ReferralStatus[]>>> = {
  coach: {
    draft: ['sent', 'cancelled'],
    sent: ['cancelled'],
    accepted: ['cancelled'],
    in_progress: ['cancelled'],
  },
  provider: {
    sent: ['accepted', 'declined'],
    accepted: ['in_progress', 'not_completed'],
    in_progress: ['completed', 'not_completed'],
  },
  system: { sent: ['expired'] },
};

/** A declined or not completed referral always says why. */
export const NEEDS_REASON: readonly ReferralStatus[] = ['declined', 'not_completed'];
export const FINAL_STATUSES: readonly ReferralStatus[] = ['declined', 'completed', 'not_completed', 'cancelled', 'expired'];

/** The statuses `actor` may move a referral in `from` to. */
export function nextStatuses(from: ReferralStatus, actor: StepActor): readonly ReferralStatus[] {
  return TRANSITIONS[actor][from] ?? [];
}

/**
 * The whole state machine in one pure function: draft → sent → accepted | declined → in_progress →
 * completed | not_completed, plus cancelled (the coach, before the end) and expired (the job, no answer).
 */
export function judgeStep(from: ReferralStatus, to: ReferralStatus, actor: StepActor, reason: string | undefined | null): StepVerdict {
  if (!nextStatuses(from, actor).includes(to)) return { ok: false, problem: 'not_allowed' };
  if (NEEDS_REASON.includes(to) && !reason?.trim()) return { ok: false, problem: 'reason_required' };
  return { ok: true };
}

/** What a link lets its holder do next: one answer, then the next link carries the next step. */
export function linkStepsAfter(status: ReferralStatus): ReferralStatus[] {
  return [...nextStatuses(status, 'provider')];
}
