import type { Job } from '../../platform/jobs';
import { applyStep } from './apply-step';
import { LINK_VALID_DAYS, type ReferralDeps } from './deps';
import * as follow from './follow-up-queries';
import { issueLink } from './issue-link';
import * as q from './queries';
import { addWorkingDaysAt } from '../../platform/working-days';
import { reminderDaysFrom } from './reminder-days';

/**
 * Referrals nobody answers: after N working days (tenant setting `referralReminderWorkingDays`,
 * default 3) the recipient gets a reminder with a fresh link (the old one stops working: only its
 * hash is kept, so it cannot be sent again); after the link's 14 days the referral expires.
 */
export function referralFollowUpJob(deps: (tenantId: string) => ReferralDeps, now: () => Date = () => new Date()): Job {
  return {
    name: 'referral_follow_up',
    async runForTenant(sql) {
      const at = now();
      const tenantId = (await sql.query<{ id: string }>('select app_tenant_id() as id'))[0]!.id;
      let expired = 0;
      for (const { id } of await follow.unansweredSince(sql, at, LINK_VALID_DAYS)) {
        await applyStep(sql, deps(tenantId), tenantId, (await q.referralById(sql, id))!, 'expired', null, { kind: 'system', userId: null, linkId: null, label: 'Wijkwijs' });
        expired++;
      }
      const days = reminderDaysFrom(await follow.tenantSettings(sql));
      let reminded = 0;
      for (const r of await follow.unansweredWithoutReminder(sql)) {
        if (addWorkingDaysAt(new Date(r.sent_at), days) > at) continue;
        const referral = (await q.referralById(sql, r.id))!;
        await issueLink(sql, deps(tenantId), tenantId, referral, 'sent', true);
        await follow.markReminded(sql, r.id, at);
        reminded++;
      }
      return { referralsExpired: expired, referralRemindersSent: reminded };
    },
  };
}
