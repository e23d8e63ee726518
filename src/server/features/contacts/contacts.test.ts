import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdsCoordinatedBy } from '../../testing/household-kit';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coach: string;
let householdId: string;
beforeAll(async () => {
  t = await createTestApp({ households: 4 });
  coach = await t.signIn('coach@voorbeeld.nl');
  householdId = (await householdsCoordinatedBy(t, 'coach@voorbeeld.nl'))[0]!.id;
});
afterAll(() => t.close());

describe('contact log', () => {
  it('logs contacts newest first, and keeps sensitive notes to the case team', async () => {
    const url = `/api/v1/households/${householdId}/contacts`;
    const visit = await t.request('POST', url, { cookie: coach, body: { occurredOn: '2026-10-01', kind: 'home_visit', participants: 'moeder, Lotte', minutes: 60, note: 'Goed gesprek over school.' } });
    expect(visit.statusCode).toBe(201);
    await t.request('POST', url, { cookie: coach, body: { occurredOn: '2026-10-05', kind: 'phone', minutes: 15, note: 'Vertrouwelijk: zorgen over vader.', sensitive: true } });
    const mine = (await t.request('GET', url, { cookie: coach })).json().items;
    expect(mine.map((c: { kind: string }) => c.kind)).toEqual(['phone', 'home_visit']);
    expect(mine[0]).toMatchObject({ sensitive: true, noteVisible: true, note: 'Vertrouwelijk: zorgen over vader.' });

    const lead = await t.signIn('team_lead@voorbeeld.nl');
    const theirs = (await t.request('GET', url, { cookie: lead })).json().items;
    expect(theirs[0]).toMatchObject({ sensitive: true, noteVisible: false, note: '' });
    expect(theirs[1].note).toBe('Goed gesprek over school.');
  });

  it('refuses future dates and impossible minutes', async () => {
    const response = await t.request('POST', `/api/v1/households/${householdId}/contacts`, { cookie: coach, body: { occurredOn: '2999-01-01', kind: 'video', minutes: 5000 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['body.minutes', 'body.occurredOn']);
  });

  it('is closed to a coach of another team', async () => {
    const zuid = await t.signIn('coach.zuid@voorbeeld.nl');
    expect((await t.request('GET', `/api/v1/households/${householdId}/contacts`, { cookie: zuid })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/v1/households/${householdId}/contacts`, { cookie: zuid, body: { occurredOn: '2026-10-01', kind: 'phone', minutes: 5 } })).statusCode).toBe(404);
  });
});
