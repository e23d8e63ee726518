import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 40 });
});
afterAll(() => t.close());

describe('the demo Meldcode cases', () => {
  it('shows the coach cases in different steps, one complete with a report to Veilig Thuis', async () => {
    const coach = await t.signIn('coach@voorbeeld.nl');
    const list = (await t.request('GET', '/api/v1/meldcode-cases?limit=100', { cookie: coach })).json().items as { id: string; status: string; currentStep: number | null }[];
    expect(list.map((c) => c.currentStep).sort()).toEqual([2, 4, 5, null]);
    const complete = list.find((c) => c.status === 'closed')!;
    const view = (await t.request('GET', `/api/v1/meldcode-cases/${complete.id}`, { cookie: coach })).json();
    expect(view.steps[4].data).toMatchObject({ decision: 'report', veiligThuisReference: 'VT-2026-1187' });
    expect(view.steps[3].data.answers[0].question).toContain('vermoeden');
    const safety = await t.signIn('safety_officer@voorbeeld.nl');
    expect((await t.request('GET', '/api/v1/meldcode-cases?limit=100', { cookie: safety })).json().items).toHaveLength(4);
  });
});
