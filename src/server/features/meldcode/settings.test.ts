import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app';
import { fieldsOf, openPlanTestbed, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import { sampleSteps } from './sample-steps';
import { DEFAULT_QUESTIONS } from './settings';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
});
afterAll(() => t.close());

const url = '/api/v1/meldcode-settings';
const own = DEFAULT_QUESTIONS.map((q, i) => (i === 1 ? 'Is er acute of structurele onveiligheid (eigen formulering)?' : q));

describe('the tenant\'s Meldcode settings', () => {
  it('start from the official wording and five working days per step', async () => {
    const settings = (await t.request('GET', url, { cookie: who.coach })).json();
    expect(settings).toMatchObject({ version: 0, questions: DEFAULT_QUESTIONS, overdueWorkingDays: [5, 5, 5, 5, 5], updatedByName: null });
  });

  it('are changed by an admin only, as a new version', async () => {
    expect((await t.request('PUT', url, { cookie: who.coach, body: { questions: own, overdueWorkingDays: [5, 5, 5, 5, 5] } })).statusCode).toBe(403);
    expect((await t.request('GET', url, { cookie: who.analyst })).statusCode).toBe(403);
    expect((await t.request('GET', url)).statusCode).toBe(401);
    const saved = await t.request('PUT', url, { cookie: who.admin, body: { questions: own, overdueWorkingDays: [3, 5, 5, 5, 10] } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, questions: own, overdueWorkingDays: [3, 5, 5, 5, 10] });
  });

  it('name the wrong fields', async () => {
    const bad = await t.request('PUT', url, { cookie: who.admin, body: { questions: ['Te', ...DEFAULT_QUESTIONS.slice(1)], overdueWorkingDays: [0, 5, 5, 5] } });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json()).sort()).toEqual(['body.overdueWorkingDays', 'body.overdueWorkingDays.0', 'body.questions.0']);
  });

  it('leave a past weighing with the words it was answered with', async () => {
    const caseId = (await t.request('POST', '/api/v1/meldcode-cases', { cookie: who.coach, body: { householdId: family.id } })).json().id;
    for (const body of sampleSteps().slice(0, 4)) expect((await t.request('POST', `/api/v1/meldcode-cases/${caseId}/step-records`, { cookie: who.coach, body })).statusCode).toBe(201);
    expect((await t.request('PUT', url, { cookie: who.admin, body: { questions: DEFAULT_QUESTIONS, overdueWorkingDays: [5, 5, 5, 5, 5] } })).json().version).toBe(2);
    const weighing = (await t.request('GET', `/api/v1/meldcode-cases/${caseId}`, { cookie: who.coach })).json().steps[3].data;
    expect(weighing.settingsVersion).toBe(1);
    expect(weighing.answers[1].question).toBe(own[1]);
  });
});
