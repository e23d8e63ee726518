import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdsCoordinatedBy } from '../../testing/household-kit';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coach: string;
let householdId: string;
let memberIds: string[];
beforeAll(async () => {
  t = await createTestApp({ households: 4 });
  coach = await t.signIn('coach@voorbeeld.nl');
  const [household] = await householdsCoordinatedBy(t, 'coach@voorbeeld.nl');
  householdId = household!.id;
  memberIds = household!.personIds;
});
afterAll(() => t.close());

describe('the story, told once', () => {
  it('starts empty at version 0, and each save makes a new version', async () => {
    const url = `/api/v1/households/${householdId}/story`;
    const empty = await t.request('GET', url, { cookie: coach });
    expect(empty.json().version).toBe(0);
    expect(empty.headers.etag).toBe('W/"0"');
    const first = await t.request('PUT', url, {
      cookie: coach, headers: { 'if-match': 'W/"0"' },
      body: { story: 'Moeder vertelt over de verhuizing.', goingWell: 'De kinderen sporten graag.', members: [{ personId: memberIds[0], talents: 'Kan goed tekenen', worries: '' }], writtenWith: 'moeder en oudste dochter' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, createdByName: 'Sanne de Vries' });
    const second = await t.request('PUT', url, { cookie: coach, headers: { 'if-match': 'W/"1"' }, body: { story: 'Aangevuld na het huisbezoek.' } });
    expect(second.json().version).toBe(2);
    const versions = (await t.request('GET', `/api/v1/households/${householdId}/story-versions`, { cookie: coach })).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const old = (await t.request('GET', `/api/v1/households/${householdId}/story-versions/1`, { cookie: coach })).json();
    expect(old.goingWell).toBe('De kinderen sporten graag.');
  });

  it('never overwrites: an edit of an old version gets 412', async () => {
    const stale = await t.request('PUT', `/api/v1/households/${householdId}/story`, { cookie: coach, headers: { 'if-match': 'W/"1"' }, body: { story: 'Oude versie bewerkt' } });
    expect(stale.statusCode).toBe(412);
    expect((await t.request('GET', `/api/v1/households/${householdId}/story`, { cookie: coach })).json().story).toBe('Aangevuld na het huisbezoek.');
  });

  it('refuses notes about someone outside the household', async () => {
    const response = await t.request('PUT', `/api/v1/households/${householdId}/story`, {
      cookie: coach, headers: { 'if-match': 'W/"2"' }, body: { members: [{ personId: '01900000-0000-7000-8000-000000000001', talents: 'x', worries: '' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe('body.members.0.personId');
  });

  it('is closed to a coach of another team', async () => {
    const zuid = await t.signIn('coach.zuid@voorbeeld.nl');
    expect((await t.request('GET', `/api/v1/households/${householdId}/story`, { cookie: zuid })).statusCode).toBe(404);
  });
});

describe('ordinary-life exploration', () => {
  it('records wishes and lenses per young person, and edits with If-Match', async () => {
    const url = `/api/v1/households/${householdId}/explorations`;
    const created = await t.request('POST', url, {
      cookie: coach,
      body: { personId: memberIds.at(-1), wishes: 'Weer voetballen met vrienden', lenses: [{ lens: 'club_free_time', hinders: 'Contributie is duur', helps: 'Buurman is trainer' }] },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const twice = await t.request('PUT', `${url}/${id}`, { cookie: coach, headers: { 'if-match': 'W/"1"' }, body: { personId: memberIds.at(-1), lenses: [{ lens: 'online' }, { lens: 'online' }] } });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().invalidParams[0].name).toBe('body.lenses.1.lens');
    const updated = await t.request('PUT', `${url}/${id}`, { cookie: coach, headers: { 'if-match': 'W/"1"' }, body: { personId: memberIds.at(-1), wishes: 'Voetballen en zelf beslissen' } });
    expect(updated.json().version).toBe(2);
    expect((await t.request('GET', url, { cookie: coach })).json().items[0].wishes).toBe('Voetballen en zelf beslissen');
  });
});
