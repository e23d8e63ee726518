import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJob } from '../../platform/jobs';
import { addWorkingDaysAt } from '../../platform/working-days';
import type { TestApp } from '../../testing/test-app';
import { openPlanTestbed, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import { meldcodeOverdueRemindersJob } from './overdue-reminders-job';
import { sampleSteps } from './sample-steps';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
let safety: string;
let caseId: string;
let openedAt: Date;
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
  safety = await t.signIn('safety_officer@voorbeeld.nl');
  const started = (await t.request('POST', '/api/v1/meldcode-cases', { cookie: who.coach, body: { householdId: family.id } })).json();
  caseId = started.id;
  openedAt = new Date(started.openedAt);
});
afterAll(() => t.close());

/** Runs the job once at `now` (the job row is made due first), for this tenant's data. */
async function runAt(now: Date) {
  await t.db.withoutTenant((sql) => sql.query("update jobs set next_run_at = now() - interval '1 second', locked_until = null where name = 'meldcode_overdue_reminders'"));
  const done = await runDueJob(t.db, [meldcodeOverdueRemindersJob(() => now)]);
  expect(done?.name).toBe('meldcode_overdue_reminders');
  return done!.result;
}

const overdueNotices = async (cookie: string) =>
  ((await t.request('GET', '/api/v1/notifications?limit=100', { cookie })).json().items as { kind: string; payload: { meldcodeCaseId: string; step: number } }[])
    .filter((n) => n.kind === 'meldcode_step_overdue' && n.payload.meldcodeCaseId === caseId);

describe('reminders for overdue Meldcode steps', () => {
  it('stays quiet while a step is within its working days', async () => {
    await runAt(addWorkingDaysAt(openedAt, 5));
    expect(await overdueNotices(who.coach)).toEqual([]);
  });

  it('tells the coordinator and the team\'s safety officer once the step is overdue, and only once', async () => {
    await runAt(addWorkingDaysAt(openedAt, 6));
    expect((await overdueNotices(who.coach)).map((n) => n.payload.step)).toEqual([1]);
    expect((await overdueNotices(safety)).map((n) => n.payload.step)).toEqual([1]);
    expect(await overdueNotices(who.teamLead)).toEqual([]);
    await runAt(addWorkingDaysAt(openedAt, 9));
    expect(await overdueNotices(who.coach)).toHaveLength(1);
  });

  it('follows the tenant\'s number of days per step, for the next open step', async () => {
    const settings = (await t.request('PUT', '/api/v1/meldcode-settings', { cookie: who.admin, body: { questions: (await t.request('GET', '/api/v1/meldcode-settings', { cookie: who.admin })).json().questions, overdueWorkingDays: [5, 2, 5, 5, 5] } }));
    expect(settings.statusCode).toBe(200);
    const done = (await t.request('POST', `/api/v1/meldcode-cases/${caseId}/step-records`, { cookie: who.coach, body: sampleSteps()[0] })).json();
    const step2Since = new Date(done.steps[1].openSince);
    await runAt(addWorkingDaysAt(step2Since, 2));
    expect(await overdueNotices(who.coach)).toHaveLength(1);
    await runAt(addWorkingDaysAt(step2Since, 3));
    expect((await overdueNotices(who.coach)).map((n) => n.payload.step).sort()).toEqual([1, 2]);
  });

  it('does not remind about a closed case', async () => {
    for (const body of sampleSteps().slice(1)) expect((await t.request('POST', `/api/v1/meldcode-cases/${caseId}/step-records`, { cookie: who.coach, body })).statusCode).toBe(201);
    expect((await t.request('PATCH', `/api/v1/meldcode-cases/${caseId}`, { cookie: who.coach, body: { status: 'closed', closeReason: 'Gemeld' } })).statusCode).toBe(200);
    await runAt(addWorkingDaysAt(openedAt, 60));
    expect(await overdueNotices(who.coach)).toHaveLength(2);
  });
});
