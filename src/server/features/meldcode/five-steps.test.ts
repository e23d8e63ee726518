import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app';
import { auditEventsOf, fieldsOf, openPlanTestbed, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import { sampleSteps } from './sample-steps';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
});
afterAll(() => t.close());

const start = async (householdId = family.id) => t.request('POST', '/api/v1/meldcode-cases', { cookie: who.coach, body: { householdId } });
const record = (caseId: string, body: unknown, cookie = who.coach) => t.request('POST', `/api/v1/meldcode-cases/${caseId}/step-records`, { cookie, body });

describe('a Meldcode case through the five steps', () => {
  let caseId = '';

  it('starts on a household, one open case at a time', async () => {
    const started = await start();
    expect(started.statusCode).toBe(201);
    caseId = started.json().id;
    expect(started.json()).toMatchObject({ status: 'open', currentStep: 1, access: 'coordinator', canEdit: true });
    expect(started.json().steps.map((s: { status: string }) => s.status)).toEqual(['open', 'waiting', 'waiting', 'waiting', 'waiting']);
    expect((await start()).statusCode).toBe(409);
    expect(await auditEventsOf(t, family.id, 'meldcode_case.started')).toHaveLength(1);
  });

  it('refuses a later step before the earlier ones', async () => {
    const early = await record(caseId, sampleSteps()[2]);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('Step 1 comes first');
  });

  it('names the missing fields of a step', async () => {
    const empty = await record(caseId, { step: 1, signals: [] });
    expect(fieldsOf(empty.json())).toEqual(['body.signals']);
    const noColleague = await record(caseId, { step: 2, consultations: [{ kind: 'veilig_thuis', whom: 'VT', consultedOn: '2026-01-01', advice: 'Bellen' }] });
    expect(fieldsOf(noColleague.json())).toEqual(['body.consultations']);
    const noTalk = await record(caseId, { step: 3, held: false });
    expect(fieldsOf(noTalk.json()).sort()).toEqual(['body.notHeldExplanation', 'body.notHeldReason']);
    const fourAnswers = await record(caseId, { step: 4, answers: sampleSteps().slice(3, 4).flatMap((s) => ('answers' in s ? s.answers.slice(0, 4) : [])) });
    expect(fieldsOf(fourAnswers.json())).toEqual(['body.answers']);
    const reportWithoutReference = await record(caseId, { ...sampleSteps()[4], veiligThuisReference: null });
    expect(fieldsOf(reportWithoutReference.json())).toEqual(['body.veiligThuisReference']);
    const future = await record(caseId, { step: 1, signals: [{ observedOn: '2999-01-01', observedBy: 'School', description: 'x' }] });
    expect(fieldsOf(future.json())).toEqual(['body.signals.0.observedOn']);
  });

  it('keeps the wording of each question with its answer, and enforces the decision', async () => {
    const steps = sampleSteps({ answers: [true, true, true, true, true] });
    for (const body of steps.slice(0, 4)) expect((await record(caseId, body)).statusCode).toBe(201);
    // Question 2 answered yes (acute or structural unsafety): only a report will do.
    const helpOnly = await record(caseId, { step: 5, decision: 'organise_help', helpPlan: 'Hulp', explanation: 'Wij helpen' });
    expect(helpOnly.statusCode).toBe(400);
    expect(fieldsOf(helpOnly.json())).toEqual(['body.decision']);
    const decided = await record(caseId, steps[4]);
    expect(decided.statusCode).toBe(201);
    const view = decided.json();
    expect(view.currentStep).toBeNull();
    expect(view.steps[3].data.answers[1]).toMatchObject({ question: expect.stringContaining('acute onveiligheid'), answer: true });
    expect(view.steps[4].data).toMatchObject({ decision: 'report', veiligThuisReference: 'VT-2026-0042', alsoOrganiseHelp: true });
    expect(view.steps.every((s: { completedByName: string }) => s.completedByName === 'Sanne de Vries')).toBe(true);
    expect(await auditEventsOf(t, family.id, 'meldcode_step.completed')).toHaveLength(5);
  });

  it('reopens a step with a reason, keeping the history, and the later steps are done again in order', async () => {
    const bad = await t.request('POST', `/api/v1/meldcode-cases/${caseId}/reopenings`, { cookie: who.coach, body: { step: 3, reason: '' } });
    expect(fieldsOf(bad.json())).toEqual(['body.reason']);
    const reopened = await t.request('POST', `/api/v1/meldcode-cases/${caseId}/reopenings`, { cookie: who.coach, body: { step: 4, reason: 'Nieuwe informatie van school' } });
    expect(reopened.statusCode).toBe(201);
    expect(reopened.json().steps.map((s: { status: string }) => s.status)).toEqual(['done', 'done', 'done', 'open', 'waiting']);
    expect(reopened.json().history.at(-1)).toMatchObject({ step: 4, kind: 'reopened', reason: 'Nieuwe informatie van school' });
    expect((await t.request('POST', `/api/v1/meldcode-cases/${caseId}/reopenings`, { cookie: who.coach, body: { step: 5, reason: 'Nog eens' } })).statusCode).toBe(400);
    const closeEarly = await t.request('PATCH', `/api/v1/meldcode-cases/${caseId}`, { cookie: who.coach, body: { status: 'closed', closeReason: 'Klaar' } });
    expect(closeEarly.statusCode).toBe(409);
    for (const body of sampleSteps().slice(3)) expect((await record(caseId, body)).statusCode).toBe(201);
    const view = (await t.request('GET', `/api/v1/meldcode-cases/${caseId}`, { cookie: who.coach })).json();
    expect(view.history.map((h: { kind: string; step: number }) => `${h.kind}${h.step}`)).toEqual(['completed1', 'completed2', 'completed3', 'completed4', 'completed5', 'reopened4', 'completed4', 'completed5']);
  });

  it('closes after step 5 with a reason; a closed case takes no more changes but stays readable', async () => {
    const noReason = await t.request('PATCH', `/api/v1/meldcode-cases/${caseId}`, { cookie: who.coach, body: { status: 'closed', closeReason: ' ' } });
    expect(fieldsOf(noReason.json())).toEqual(['body.closeReason']);
    const closed = await t.request('PATCH', `/api/v1/meldcode-cases/${caseId}`, { cookie: who.coach, body: { status: 'closed', closeReason: 'Melding gedaan, Veilig Thuis neemt over' } });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: 'Melding gedaan, Veilig Thuis neemt over', canEdit: false });
    expect((await t.request('POST', `/api/v1/meldcode-cases/${caseId}/reopenings`, { cookie: who.coach, body: { step: 4, reason: 'Nog eens' } })).statusCode).toBe(409);
    expect((await t.request('GET', `/api/v1/meldcode-cases/${caseId}`, { cookie: who.coach })).statusCode).toBe(200);
    expect((await start()).statusCode).toBe(201);
    const list = (await t.request('GET', `/api/v1/meldcode-cases?householdId=${family.id}`, { cookie: who.coach })).json();
    expect(list.items.map((c: { status: string }) => c.status)).toEqual(['open', 'closed']);
    expect(await auditEventsOf(t, family.id, 'meldcode_case.read')).not.toHaveLength(0);
  });

  it('pages the list with a cursor and refuses a forged one', async () => {
    const first = (await t.request('GET', `/api/v1/meldcode-cases?householdId=${family.id}&limit=1`, { cookie: who.coach })).json();
    const rest = (await t.request('GET', `/api/v1/meldcode-cases?householdId=${family.id}&limit=1&cursor=${first.nextCursor}`, { cookie: who.coach })).json();
    expect(rest.items[0].status).toBe('closed');
    const forged = Buffer.from(JSON.stringify(['gisteren', 'x'])).toString('base64url');
    const bad = await t.request('GET', `/api/v1/meldcode-cases?cursor=${forged}`, { cookie: who.coach });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json())).toEqual(['query.cursor']);
  });
});
