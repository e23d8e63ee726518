import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, signInAt } from '../../testing/api-fixtures';
import { createTestApp, type TestApp, type TestTenant } from '../../testing/test-app';
import { outreachMinutesByTeamAndMonth } from './outreach-minutes';

let t: TestApp;
let other: TestTenant;
let who: Record<'outreach' | 'coach' | 'lead' | 'coachZuid' | 'signaller' | 'client', string>;
let neighbourhoods: { id: string; name: string }[];

beforeAll(async () => {
  t = await createTestApp({ households: 4 });
  other = await t.addTenant();
  who = {
    outreach: await signInAt(t, 'outreach@voorbeeld.nl'), coach: await signInAt(t, 'coach@voorbeeld.nl'), lead: await signInAt(t, 'team_lead@voorbeeld.nl'),
    coachZuid: await signInAt(t, 'coach.zuid@voorbeeld.nl'), signaller: await signInAt(t, 'signaller@voorbeeld.nl'), client: await signInAt(t, 'client@voorbeeld.nl'),
  };
  neighbourhoods = (await ok<{ neighbourhoods: { id: string; name: string }[] }>(t, { method: 'GET', url: '/api/v1/outreach-log-options', cookie: who.outreach })).neighbourhoods;
});
afterAll(() => t.close());

const url = '/api/v1/outreach-logs';
const visit = (overrides: Record<string, unknown> = {}) => ({
  neighbourhoodId: neighbourhoods[0]!.id, startedAt: '2026-10-02T19:00:00+02:00', durationMinutes: 90, youngPeopleMet: 12,
  themes: ['school', 'leisure'], notes: 'Groep bij het trapveld, rustige avond', followUp: 'Volgende week terug', ...overrides,
});
const events = (type: string) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ user_id: string }>('select user_id from audit_events where event_type = $1', [type]));

describe('outreach log', () => {
  it('offers the nine neighbourhoods and the configured map tiles', async () => {
    expect(neighbourhoods).toHaveLength(9);
    const options = await ok<{ mapTileUrl: string }>(t, { method: 'GET', url: '/api/v1/outreach-log-options', cookie: who.coach });
    expect(options.mapTileUrl).toContain('{z}/{x}/{y}');
  });

  it('logs a visit with an end time or a duration, lists it to its author and audits both', async () => {
    const created = await t.request('POST', url, { cookie: who.outreach, body: visit({ durationMinutes: undefined, endedAt: '2026-10-02T20:30:00+02:00', latitude: 52.1, longitude: 5.1 }) });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ durationMinutes: 90, neighbourhoodName: neighbourhoods[0]!.name, authorName: 'Kevin Mulder', mine: true, followUpKind: 'none', activityKind: 'outreach', latitude: 52.1 });
    const list = (await t.request('GET', `${url}?neighbourhoodId=${neighbourhoods[0]!.id}`, { cookie: who.outreach })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(created.json().id);
    expect(await events('outreach_log.created')).toHaveLength(1);
    expect((await events('outreach_log.listed')).length).toBeGreaterThan(0);
  });

  it('pages by cursor and filters by date and author (before the demo entries, which cover the last six months)', async () => {
    for (const day of ['01', '02', '03']) await ok(t, { method: 'POST', url, cookie: who.coach, body: visit({ startedAt: `2025-09-${day}T10:00:00Z`, activityKind: 'collective' }) });
    const first = (await t.request('GET', `${url}?limit=2&from=2025-09-01&to=2025-09-30`, { cookie: who.coach })).json();
    expect(first.items).toHaveLength(2);
    const second = (await t.request('GET', `${url}?limit=2&from=2025-09-01&to=2025-09-30&cursor=${first.nextCursor}`, { cookie: who.coach })).json();
    expect(second.items.map((i: { startedAt: string }) => i.startedAt)).toEqual(['2025-09-01T10:00:00.000Z']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows a team lead the team\'s entries, but not a partner\'s or another team\'s', async () => {
    const zuid = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.coachZuid, body: visit() });
    const partner = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.outreach, body: visit() });
    const lead = (await t.request('GET', `${url}?limit=100`, { cookie: who.lead })).json();
    const ids = lead.items.map((i: { id: string }) => i.id);
    expect(lead.items.some((i: { authorName: string }) => i.authorName === 'Sanne de Vries')).toBe(true);
    expect(ids).not.toContain(zuid.id);
    expect(ids).not.toContain(partner.id);
    const coachId = lead.items.find((i: { authorName: string }) => i.authorName === 'Sanne de Vries').authorId;
    const byCoach = (await t.request('GET', `${url}?limit=100&authorId=${coachId}`, { cookie: who.lead })).json();
    expect(new Set(byCoach.items.map((i: { authorName: string }) => i.authorName))).toEqual(new Set(['Sanne de Vries']));
    expect((await t.request('GET', `${url}/${zuid.id}`, { cookie: who.lead })).statusCode).toBe(404);
    expect((await t.request('GET', `${url}/${partner.id}`, { cookie: who.coach })).statusCode).toBe(404);
  });

  it('lets only the author change or remove an entry, with If-Match', async () => {
    const mine = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.coach, body: visit() });
    expect((await t.request('PUT', `${url}/${mine.id}`, { cookie: who.coach, body: visit({ youngPeopleMet: 3 }) })).statusCode).toBe(428);
    expect((await t.request('PUT', `${url}/${mine.id}`, { cookie: who.lead, body: visit(), headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(403);
    const updated = await t.request('PUT', `${url}/${mine.id}`, { cookie: who.coach, body: visit({ youngPeopleMet: 3, followUpKind: 'intake' }), headers: { 'if-match': 'W/"1"' } });
    expect(updated.json()).toMatchObject({ youngPeopleMet: 3, followUpKind: 'intake', version: 2 });
    expect((await t.request('PUT', `${url}/${mine.id}`, { cookie: who.coach, body: visit(), headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(412);
    expect((await t.request('DELETE', `${url}/${mine.id}`, { cookie: who.lead })).statusCode).toBe(403);
    expect((await t.request('DELETE', `${url}/${mine.id}`, { cookie: who.coach })).statusCode).toBe(204);
    expect((await t.request('GET', `${url}/${mine.id}`, { cookie: who.coach })).statusCode).toBe(404);
    expect(await events('outreach_log.deleted')).toHaveLength(1);
  });

  it('names each wrong field and saves nothing', async () => {
    const bad = await t.request('POST', url, { cookie: who.outreach, body: visit({ durationMinutes: undefined, youngPeopleMet: -1, themes: ['voetbal'], latitude: 10, longitude: null }) });
    expect(bad.statusCode).toBe(400);
    const names = bad.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.youngPeopleMet', 'body.themes.0', 'body.latitude']));
    const unknownPlace = await t.request('POST', url, { cookie: who.outreach, body: visit({ neighbourhoodId: '0190b8a0-0000-7000-8000-000000000000' }) });
    expect(unknownPlace.json().invalidParams).toEqual([{ name: 'body.neighbourhoodId', reason: 'Choose a neighbourhood of this municipality' }]);
    const noSpan = await t.request('POST', url, { cookie: who.outreach, body: visit({ durationMinutes: undefined }) });
    expect(noSpan.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.durationMinutes']);
  });

  it('refuses roles without an outreach log, visitors and another municipality', async () => {
    expect((await t.request('POST', url, { cookie: who.signaller, body: visit() })).statusCode).toBe(403);
    expect((await t.request('GET', url, { cookie: who.client })).statusCode).toBe(403);
    expect((await t.request('GET', url)).statusCode).toBe(401);
    const outreachB = await signInAt(t, 'outreach@voorbeeld.nl', { tenant: other });
    const theirs = await t.request('POST', url, { cookie: outreachB, body: visit(), tenant: other });
    expect(theirs.statusCode).toBe(400);
    const mine = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.outreach, body: visit() });
    expect((await t.request('GET', `${url}/${mine.id}`, { cookie: outreachB, tenant: other })).statusCode).toBe(404);
  });

  it('sums outreach and collective minutes per team and month for the time split', async () => {
    const split = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => outreachMinutesByTeamAndMonth(sql, { from: '2025-09-01', to: '2025-10-01' }));
    const noord = split.filter((s) => s.teamId !== null && s.month === '2025-09');
    expect(noord).toEqual([{ teamId: expect.any(String), month: '2025-09', outreach: 0, collective: 270 }]);
  });
});
