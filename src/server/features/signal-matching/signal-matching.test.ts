import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_BSN, ok, signInAt } from '../../testing/api-fixtures';
import { createTestApp, type TestApp, type TestTenant } from '../../testing/test-app';

let t: TestApp;
let other: TestTenant;
let who: Record<'signaller' | 'outreach' | 'coach' | 'admin' | 'provider' | 'client', string>;

beforeAll(async () => {
  t = await createTestApp({ households: 4 });
  other = await t.addTenant();
  who = {
    signaller: await signInAt(t, 'signaller@voorbeeld.nl'), outreach: await signInAt(t, 'outreach@voorbeeld.nl'), coach: await signInAt(t, 'coach@voorbeeld.nl'),
    admin: await signInAt(t, 'admin@voorbeeld.nl'), provider: await signInAt(t, 'provider@voorbeeld.nl'), client: await signInAt(t, 'client@voorbeeld.nl'),
  };
});
afterAll(() => t.close());

const url = '/api/v1/signal-match-registrations';
const young = { givenName: 'Mila', familyName: 'de Boer', birthDate: '2010-04-12' };
const register = (cookie: string, overrides: Record<string, unknown> = {}, tenant?: TestTenant) =>
  t.request('POST', url, { cookie, tenant, body: { ...young, organisationName: 'Het Baken College', contactPhone: '010-1234567', ...overrides } });
const notificationsOf = async (cookie: string) => (await ok<{ items: { kind: string; payload: Record<string, string> }[] }>(t, { method: 'GET', url: '/api/v1/notifications', cookie })).items.filter((n) => n.kind === 'signal_match');

describe('signal matching', () => {
  it('tells two organisations of each other — organisation, name, phone — and nothing else', async () => {
    const school = await register(who.signaller, { ownReference: 'LL-2231' });
    expect(school.statusCode).toBe(201);
    expect(school.json()).toMatchObject({ organisationName: 'Het Baken College', contactName: 'Ahmed Yilmaz', matches: 0, ownReference: 'LL-2231' });
    const club = await register(who.outreach, { givenName: ' MILA ', familyName: 'de  Böer', organisationName: 'Jongerenwerk De Plek', contactPhone: '06 12345678' });
    expect(club.json()).toMatchObject({ matches: 1 });
    expect(JSON.stringify(club.json())).not.toContain('Mila');

    // (the demo data holds notifications of its own matches; these are the new ones)
    const toSchool = (await notificationsOf(who.signaller)).filter((n) => n.payload.registrationId === school.json().id);
    expect(toSchool.map((n) => n.payload)).toEqual([expect.objectContaining({ organisationName: 'Jongerenwerk De Plek', contactName: 'Kevin Mulder', contactPhone: '06 12345678', ownReference: 'LL-2231' })]);
    expect((await notificationsOf(who.outreach)).filter((n) => n.payload.registrationId === club.json().id).map((n) => n.payload.organisationName)).toEqual(['Het Baken College']);

    const matches = (await t.request('GET', '/api/v1/signal-matches', { cookie: who.signaller })).json();
    expect(matches.items.filter((g: { registrationId: string }) => g.registrationId === school.json().id)).toEqual([{ registrationId: school.json().id, ownReference: 'LL-2231', registeredAt: expect.any(String), others: [expect.objectContaining({ organisationName: 'Jongerenwerk De Plek', contactName: 'Kevin Mulder' })] }]);
    const everything = JSON.stringify([matches, toSchool]);
    for (const secret of ['Mila', 'Boer', '2010-04-12', 'birth']) expect(everything).not.toContain(secret);

    const stored = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query('select * from signal_match_registrations'));
    expect(JSON.stringify(stored)).not.toMatch(/Mila|Boer|2010-04-12/);
  });

  it('matches a BSN with a name, but never two different BSNs, nor colleagues of one organisation', async () => {
    const base = { givenName: 'Sem', familyName: 'Visser', birthDate: '2009-01-05' };
    const byBsn = await register(who.coach, { ...base, bsn: FIXTURE_BSN, organisationName: 'Wijkteam Noord' });
    expect(byBsn.json().matches).toBe(0);
    expect((await register(who.signaller, { ...base, organisationName: 'Basisschool De Linde' })).json().matches).toBe(1);
    expect((await register(who.outreach, { ...base, bsn: '111222333', organisationName: 'Sportclub VV' })).json().matches).toBe(1);
    const colleague = await signInAt(t, 'coach.zuid@voorbeeld.nl');
    expect((await register(colleague, { ...base, bsn: FIXTURE_BSN, organisationName: 'wijkteam noord' })).json().matches).toBe(1);
    expect((await register(who.coach, { ...base, bsn: FIXTURE_BSN, organisationName: 'Wijkteam Noord' })).statusCode).toBe(409);
  });

  it('names each wrong field', async () => {
    const bad = await t.request('POST', url, { cookie: who.signaller, body: { birthDate: '2999-01-01', bsn: '123456789', organisationName: '', contactPhone: 'bel me' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['body.birthDate', 'body.bsn', 'body.organisationName', 'body.contactPhone']));
    const nameless = await register(who.signaller, { givenName: undefined });
    expect(nameless.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.givenName']);
    const tooOld = await register(who.signaller, { birthDate: '1990-01-01' });
    expect(tooOld.json().invalidParams).toEqual([{ name: 'body.birthDate', reason: 'Signal matching is for young people under 23' }]);
  });

  it('keeps registrations to their registrant: others cannot list or withdraw them', async () => {
    const mine = (await register(who.signaller, { givenName: 'Finn', birthDate: '2011-06-06' })).json();
    const own = (await t.request('GET', url, { cookie: who.signaller })).json();
    expect(own.items.map((r: { id: string }) => r.id)).toContain(mine.id);
    expect((await t.request('GET', url, { cookie: who.coach })).json().items.map((r: { id: string }) => r.id)).not.toContain(mine.id);
    expect((await t.request('DELETE', `${url}/${mine.id}`, { cookie: who.coach })).statusCode).toBe(404);
    expect((await t.request('POST', url, { cookie: who.provider, body: { ...young, organisationName: 'X', contactPhone: '0101234567' } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/signal-matches', { cookie: who.client })).statusCode).toBe(403);
    expect((await t.request('GET', url)).statusCode).toBe(401);
    const signallerB = await signInAt(t, 'signaller@voorbeeld.nl', { tenant: other });
    expect((await t.request('DELETE', `${url}/${mine.id}`, { cookie: signallerB, tenant: other })).statusCode).toBe(404);
    expect(JSON.stringify((await t.request('GET', url, { cookie: signallerB, tenant: other })).json())).not.toContain(mine.id);
    expect((await t.request('DELETE', `${url}/${mine.id}`, { cookie: who.signaller })).statusCode).toBe(204);
    const events = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ event_type: string }>("select event_type from audit_events where event_type like 'signal_match.%'"));
    expect(new Set(events.map((e) => e.event_type))).toEqual(new Set(['signal_match.registered', 'signal_match.matches_read', 'signal_match.registrations_listed', 'signal_match.withdrawn']));
  });

  it('can be switched off by the admin: every operation answers feature_disabled and the menu flag is off', async () => {
    expect((await t.request('PUT', '/api/v1/signal-matching-settings', { cookie: who.coach, body: { enabled: false } })).statusCode).toBe(403);
    expect((await t.request('PUT', '/api/v1/signal-matching-settings', { cookie: who.admin, body: { enabled: false } })).json()).toEqual({ enabled: false });
    const refused = await register(who.signaller);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('feature_disabled');
    expect((await t.request('GET', '/api/v1/signal-matches', { cookie: who.signaller })).json().code).toBe('feature_disabled');
    expect((await t.request('GET', '/api/v1/me/signal-match-registrations', { cookie: who.client })).statusCode).toBe(409);
    expect((await t.request('GET', '/api/v1/me', { cookie: who.signaller })).json().features).toEqual({ signalMatching: false });
    expect((await t.request('GET', '/api/v1/signal-matching-settings', { cookie: who.signaller })).json()).toEqual({ enabled: false });
    await ok(t, { method: 'PUT', url: '/api/v1/signal-matching-settings', cookie: who.admin, body: { enabled: true } });
    expect((await t.request('GET', '/api/v1/me', { cookie: who.signaller })).json().features).toEqual({ signalMatching: true });
  });
});
