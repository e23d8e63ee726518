import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, signInAt } from '../../testing/api-fixtures';
import { createTestApp, type TestApp, type TestTenant } from '../../testing/test-app';
import { signalBody } from '../signals/signal-kit';
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
    const options = await ok<{ mapTileUrl: string; mapTileAttribution: string }>(t, { method: 'GET', url: '/api/v1/outreach-log-options', cookie: who.coach });
    expect(options.mapTileUrl).toContain('{z}/{x}/{y}');
    expect(options.mapTileAttribution).toBe('Kaartgegevens © Kadaster (PDOK)');
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

describe('a log entry becomes a signal', () => {
  const fromLog = (logId: string, cookie: string | undefined, body: unknown = signalBody({ actionsTaken: 'Gesproken bij het trapveld' }), tenant?: TestTenant) =>
    t.request('POST', `${url}/${logId}/signals`, { cookie, body, ...(tenant ? { tenant } : {}) });

  it('sends the signal as the entry\'s author, links it, and shows its reference and status on the entry and in the sender\'s signals', async () => {
    const log = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.outreach, body: visit({ themes: ['safety', 'home'] }) });
    const sent = await fromLog(log.id, who.outreach);
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ reference: expect.stringMatching(/^SIG-\d{4}-[A-Z0-9]{6}$/), status: 'received', subjectName: 'Lotte Bakker' });
    const signal = sent.json() as { id: string; reference: string };
    const entry = (await t.request('GET', `${url}/${log.id}`, { cookie: who.outreach })).json();
    expect(entry).toMatchObject({ followUpKind: 'signal', version: 2, signal: { id: signal.id, reference: signal.reference, status: 'received' } });
    const listed = (await t.request('GET', `${url}?limit=100`, { cookie: who.outreach })).json().items.find((i: { id: string }) => i.id === log.id);
    expect(listed.signal).toEqual({ id: signal.id, reference: signal.reference, status: 'received' });
    const mine = (await t.request('GET', '/api/v1/sent-signals?limit=100', { cookie: who.outreach })).json().items.map((s: { id: string }) => s.id);
    expect(mine).toContain(signal.id);
    const audited = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ event_type: string; object_id: string }>("select event_type, object_id from audit_events where event_type in ('signal.created', 'outreach_log.signal_sent') and (object_id = $1 or object_id = $2) order by seq", [signal.id, log.id]));
    expect(audited).toEqual([{ event_type: 'signal.created', object_id: signal.id }, { event_type: 'outreach_log.signal_sent', object_id: log.id }]);
    // Once a signal, always that signal.
    expect((await fromLog(log.id, who.outreach)).statusCode).toBe(409);
  });

  it('shows the status as the sender sees it once the team acts, and no team content', async () => {
    const log = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.outreach, body: visit() });
    const signal = (await fromLog(log.id, who.outreach)).json() as { id: string };
    expect((await t.request('POST', `/api/v1/signals/${signal.id}/pick-ups`, { cookie: who.coach, body: { note: 'Geheime notitie van het team' } })).statusCode).toBe(201);
    const entry = await t.request('GET', `${url}/${log.id}`, { cookie: who.outreach });
    expect(entry.json().signal.status).toBe('picked_up');
    expect(entry.body).not.toContain('Geheime notitie');
    expect(entry.body).not.toContain('Sanne de Vries');
  });

  it('names each wrong field of the signal and links nothing', async () => {
    const log = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.outreach, body: visit() });
    const bad = await fromLog(log.id, who.outreach, signalBody({ concerns: [], parentsInformed: false }, { birthDate: '2999-01-01' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['body.concerns', 'body.subject.birthDate']));
    expect((await t.request('POST', `${url}/not-an-id/signals`, { cookie: who.outreach, body: signalBody() })).statusCode).toBe(400);
    expect((await t.request('GET', `${url}/${log.id}`, { cookie: who.outreach })).json()).toMatchObject({ signal: null, followUpKind: 'none', version: 1 });
  });

  it('treats someone else\'s entry as one that does not exist, refuses other roles and another municipality', async () => {
    const coachLog = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.coach, body: visit() });
    const outreachLog = await ok<{ id: string }>(t, { method: 'POST', url, cookie: who.outreach, body: visit() });
    expect((await fromLog(coachLog.id, who.outreach)).statusCode).toBe(404);
    expect((await fromLog('0190b8a0-0000-7000-8000-000000000000', who.outreach)).statusCode).toBe(404);
    // Coaches start an intake instead; signallers and team leads keep no log of their own to turn into a signal.
    for (const cookie of [who.coach, who.lead, who.signaller, who.client]) expect((await fromLog(outreachLog.id, cookie)).statusCode).toBe(403);
    expect((await fromLog(outreachLog.id, undefined)).statusCode).toBe(401);
    const outreachB = await signInAt(t, 'outreach@voorbeeld.nl', { tenant: other });
    expect((await fromLog(outreachLog.id, outreachB, undefined, other)).statusCode).toBe(404);
    expect((await t.request('GET', `${url}/${outreachLog.id}`, { cookie: who.outreach })).json().signal).toBeNull();
  });
});
