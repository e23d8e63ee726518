import type { Job } from '../../platform/jobs';
import { newId } from '../../platform/ids';
import { currentMeldcodeSettings } from './settings';
import * as rq from './reminder-queries';
import { replaySteps } from './step-state';
import { workingDaysBetween } from '../../platform/working-days';

/**
 * Reminds the coordinator and the team's safety officer when a Meldcode step has been open longer
 * than the tenant's number of working days for that step. One reminder per step and open period:
 * a step reopened later may be reminded again. `now` is injected so tests move the clock.
 */
export function meldcodeOverdueRemindersJob(now: () => Date = () => new Date()): Job {
  return {
    name: 'meldcode_overdue_reminders',
    async runForTenant(sql) {
      const at = now();
      const settings = await currentMeldcodeSettings(sql);
      const tenantId = await rq.tenantOf(sql);
      let reminded = 0;
      let notifications = 0;
      for (const c of await rq.openCasesWithRecipients(sql)) {
        const state = replaySteps(c.events.map((e) => ({ ...e, recordedAt: new Date(e.recorded_at) })), new Date(c.opened_at));
        const step = state.currentStep;
        if (step === null) continue;
        const limit = settings.overdueWorkingDays[step - 1] ?? 5;
        const days = workingDaysBetween(state.openSince, at);
        if (days <= limit) continue;
        if (!(await rq.claimReminder(sql, { tenantId, caseId: c.id, step, openSince: state.openSince, now: at }))) continue;
        reminded++;
        for (const userId of c.recipients) {
          const payload = { meldcodeCaseId: c.id, householdId: c.household_id, householdName: c.household_name, step, openSince: state.openSince.toISOString(), workingDays: days };
          await rq.insertNotification(sql, { tenantId, id: newId(), userId, payload, at });
          notifications++;
        }
      }
      return { reminded, notifications };
    },
  };
}
