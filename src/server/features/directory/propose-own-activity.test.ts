import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { expectOk } from './directory-kit';

let t: TestApp;
let host: string, coach: string, provider: string;

beforeAll(async () => {
  t = await createTestApp({ services: 0 });
  [host, coach, provider] = [await t.signIn('initiative_host@voorbeeld.nl'), await t.signIn('coach@voorbeeld.nl'), await t.signIn('provider@voorbeeld.nl')];
}, 60_000);
afterAll(() => t.close());

const activity = (overrides: Record<string, unknown> = {}) => ({
  name: 'Buurtvoetbal Kastanjeplein', description: 'Elke woensdag samen voetballen op het plein, voor iedereen.', themes: ['sport-en-spel'], minimumAge: 8, maximumAge: 14, cost: 'free',
  email: 'voetbal@example.nl', phones: [{ number: '06 1234 5678' }],
  place: { name: 'Kastanjeplein', address: { address1: 'Kastanjeplein 1', postalCode: '9101 AA', city: 'Voorbeeld' } },
  schedules: [{ weekdays: ['WE'], opensAt: '15:00', closesAt: '17:00' }], ...overrides,
});
const url = '/api/v1/activity-proposals';

describe('a host proposes an activity from their account', () => {
  it('goes straight to the moderation queue (no e-mail link), stays the host\'s own entry and place, versioned and audited', async () => {
    const created = await t.request('POST', url, { cookie: host, body: activity() });
    const service = expectOk(created, 201);
    expect(created.headers.etag).toBe('W/"1"');
    expect(service).toMatchObject({ kind: 'informal', moderationState: 'pending', canEdit: true, email: 'voetbal@example.nl', proposerName: null, minimumAge: 8,
      phones: [{ number: '06 1234 5678' }], schedules: [{ weekdays: ['WE'], opensAt: '15:00', closesAt: '17:00' }],
      locations: [{ name: 'Kastanjeplein', address: { postalCode: '9101AA' } }] });
    expect((await t.request('GET', `/api/v1/public/services/${service.id}`)).statusCode).toBe(404);
    const outbox = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query(`select 1 from outbox_messages where subject like '%Buurtvoetbal%'`));
    expect(outbox).toEqual([]);

    const queue = (await t.request('GET', '/api/v1/services?moderation=pending&q=buurtvoetbal', { cookie: coach })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toEqual([service.id]);
    const mine = (await t.request('GET', '/api/v1/services?mine=true&moderation=pending&includeHidden=true', { cookie: host })).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(service.id);

    const versions = (await t.request('GET', `/api/v1/services/${service.id}/versions`, { cookie: host })).json();
    expect(versions.items.map((v: { change: string; changedByName: string }) => [v.change, v.changedByName])).toEqual([['proposed', 'Truus van Dijk']]);
    const locationId = (service.locations as { id: string }[])[0]!.id;
    const place = expectOk(await t.request('PATCH', `/api/v1/locations/${locationId}`, { cookie: host, body: { name: 'Kastanjeplein (trapveld)' }, headers: { 'if-match': 'W/"1"' } }));
    expect(place).toMatchObject({ name: 'Kastanjeplein (trapveld)', version: 2 });
    const events = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ event_type: string }>(
      'select event_type from audit_events where object_id = $1 order by seq', [service.id]));
    expect(events.map((e) => e.event_type)).toContain('directory.service.proposed');

    expectOk(await t.request('PUT', `/api/v1/services/${service.id}/moderation`, { cookie: coach, body: { state: 'approved' } }));
    expect((await t.request('GET', `/api/v1/public/services/${service.id}`)).json()).toMatchObject({ name: 'Buurtvoetbal Kastanjeplein', email: 'voetbal@example.nl' });
    const current = expectOk(await t.request('GET', `/api/v1/services/${service.id}`, { cookie: host }));
    const edited = expectOk(await t.request('PATCH', `/api/v1/services/${service.id}`, { cookie: host, body: { description: 'Elke woensdag en vrijdag samen voetballen op het plein.' }, headers: { 'if-match': `W/"${current.version}"` } }));
    expect(edited).toMatchObject({ moderationState: 'pending', canEdit: true });
  });

  it('refuses bad fields naming them, and every role but the host', async () => {
    const bad = await t.request('POST', url, { cookie: host, body: activity({ themes: ['bestaat-niet'], minimumAge: 14, maximumAge: 8, email: 'geen-adres' }) });
    expect(bad.statusCode).toBe(400);
    const names = bad.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.email', 'body.maximumAge']));
    const theme = await t.request('POST', url, { cookie: host, body: activity({ themes: ['bestaat-niet'] }) });
    expect(theme.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.themes.0']);
    expect((await t.request('POST', url, { cookie: provider, body: activity() })).statusCode).toBe(403);
    expect((await t.request('POST', url, { cookie: coach, body: activity() })).statusCode).toBe(403);
    expect((await t.request('POST', url, { body: activity() })).statusCode).toBe(401);
  });
});
