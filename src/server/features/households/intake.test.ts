import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coach: string;
beforeAll(async () => {
  t = await createTestApp({ households: 4 });
  coach = await t.signIn('coach@voorbeeld.nl');
});
afterAll(() => t.close());

const family = (overrides: Record<string, unknown> = {}) => ({
  members: [
    { givenName: 'Ilse', familyName: 'Kramer', birthDate: '1984-05-02', role: 'parent', bsn: '111222333' },
    { givenName: 'Ruben', familyName: 'Kramer', birthDate: '1982-11-17', role: 'parent' },
    { givenName: 'Lotte', familyName: 'Kramer', birthDate: '2012-03-31', role: 'child' },
    { givenName: 'Daan', familyName: 'Kramer', birthDate: '2016-08-09', role: 'child' },
  ],
  address: { street: 'Lindelaan', houseNumber: '14', postcode: '1234 ab', city: 'Voorbeeld' },
  ...overrides,
});

describe('intake', () => {
  let householdId = '';

  it('registers a family with the coach as coordinator, ages computed, BSN never shown', async () => {
    const response = await t.request('POST', '/api/v1/households', { cookie: coach, body: family() });
    expect(response.statusCode).toBe(201);
    const file = response.json();
    householdId = file.id;
    expect(file).toMatchObject({ name: 'Huishouden Kramer', status: 'active', coordinatorName: 'Sanne de Vries', access: 'coordinator', address: { postcode: '1234AB' } });
    expect(file.members.map((m: { givenName: string }) => m.givenName)).toEqual(['Ruben', 'Ilse', 'Lotte', 'Daan']);
    expect(file.members.find((m: { givenName: string }) => m.givenName === 'Ilse')).toMatchObject({ hasBsn: true });
    expect(JSON.stringify(file)).not.toContain('111222333');
    expect(response.headers.etag).toBe('W/"1"');
    const stored = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ bsn_sealed: string }>("select bsn_sealed from persons where given_name = 'Ilse' and family_name = 'Kramer'"));
    expect(stored[0]!.bsn_sealed).not.toContain('111222333');
  });

  it('warns about the same family at a second intake, and shows it to the coach who has access', async () => {
    const second = await t.request('POST', '/api/v1/households', { cookie: coach, body: family() });
    expect(second.statusCode).toBe(409);
    expect(second.json().invalidParams[0].name).toBe('body.acknowledgeDuplicates');
    const check = await t.request('POST', '/api/v1/household-duplicate-checks', { cookie: coach, body: { members: [{ givenName: 'Ilse', familyName: 'Kramer', birthDate: '1984-05-02', bsn: '111222333' }], address: { postcode: '1234AB', houseNumber: '14' } } });
    expect(check.json().matches).toEqual([
      { visible: true, householdId, householdName: 'Huishouden Kramer', reasons: ['same_address', 'same_bsn', 'similar_name_same_birth_date'], teamName: 'Team Noord', contactName: null, contactEmail: null },
    ]);
  });

  it('tells a coach of another team only that a match exists in Team Noord and whom to ask', async () => {
    const zuid = await t.signIn('coach.zuid@voorbeeld.nl');
    const check = await t.request('POST', '/api/v1/household-duplicate-checks', { cookie: zuid, body: { members: [{ givenName: 'Lotte', familyName: 'Cramer', birthDate: '2012-03-31' }] } });
    expect(check.json().matches).toEqual([
      { visible: false, householdId: null, householdName: null, reasons: ['similar_name_same_birth_date'], teamName: 'Team Noord', contactName: 'Peter Jansen', contactEmail: 'team_lead@voorbeeld.nl' },
    ]);
    const audited = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ outcome: string }>("select outcome from audit_events where event_type = 'household.duplicate_match' and object_id = $1 order by seq", [householdId]));
    expect(audited.map((a) => a.outcome)).toEqual(['success', 'denied']);
  });

  it('refuses a wrong BSN, a birth date in the future and a bad postcode, naming each field, and saves nothing', async () => {
    const before = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ n: number }>('select count(*)::int as n from households'));
    const bad = family({ address: { street: 'X', houseNumber: '1', postcode: '0123 AB', city: 'Y' } });
    bad.members[0] = { ...bad.members[0]!, bsn: '123456789' };
    bad.members[2] = { ...bad.members[2]!, birthDate: '2999-01-01' };
    const response = await t.request('POST', '/api/v1/households', { cookie: coach, body: { ...bad, acknowledgeDuplicates: true } });
    expect(response.statusCode).toBe(400);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.members.0.bsn', 'body.members.2.birthDate', 'body.address.postcode']));
    const after = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ n: number }>('select count(*)::int as n from households'));
    expect(after).toEqual(before);
  });

  it('registers anyway once the coach has seen the matches, or puts it on the waiting list', async () => {
    const response = await t.request('POST', '/api/v1/households', { cookie: coach, body: { ...family(), acknowledgeDuplicates: true, becomeCoordinator: false, priority: 'urgent' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'waiting', coordinatorId: null, priority: 'urgent' });
  });

  it('is not for roles without case work', async () => {
    const admin = await t.signIn('admin@voorbeeld.nl');
    expect((await t.request('POST', '/api/v1/households', { cookie: admin, body: family() })).statusCode).toBe(403);
    expect((await t.request('POST', '/api/v1/households', { body: family() })).statusCode).toBe(401);
  });

  it('reveals a BSN only on request, to the case team, audited', async () => {
    const file = (await t.request('GET', `/api/v1/households/${householdId}`, { cookie: coach })).json();
    const ilse = file.members.find((m: { givenName: string }) => m.givenName === 'Ilse');
    const bsn = await t.request('GET', `/api/v1/households/${householdId}/members/${ilse.id}/bsn`, { cookie: coach });
    expect(bsn.json()).toEqual({ personId: ilse.id, bsn: '111222333' });
    const zuid = await t.signIn('coach.zuid@voorbeeld.nl');
    expect((await t.request('GET', `/api/v1/households/${householdId}/members/${ilse.id}/bsn`, { cookie: zuid })).statusCode).toBe(404);
  });
});

describe('editing with optimistic concurrency', () => {
  it('refuses a stale edit with 412 and an edit without If-Match with 428', async () => {
    const created = (await t.request('POST', '/api/v1/households', { cookie: coach, body: { ...family({ address: { street: 'Beukweg', houseNumber: '3', postcode: '2345CD', city: 'Voorbeeld' } }), acknowledgeDuplicates: true } })).json();
    const url = `/api/v1/households/${created.id}`;
    const first = await t.request('PATCH', url, { cookie: coach, body: { phone: '06-12345678' }, headers: { 'if-match': 'W/"1"' } });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('W/"2"');
    const stale = await t.request('PATCH', url, { cookie: coach, body: { phone: '06-00000000' }, headers: { 'if-match': 'W/"1"' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    expect((await t.request('PATCH', url, { cookie: coach, body: { phone: '06-1' } })).statusCode).toBe(428);
    expect((await t.request('GET', url, { cookie: coach })).json().phone).toBe('06-12345678');
  });
});
