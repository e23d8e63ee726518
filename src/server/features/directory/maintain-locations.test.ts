import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { expectOk, makeOrganization, makeService } from './directory-kit';

let t: TestApp;
let geocoder: Server;
const asked: string[] = [];
let admin: string, provider: string, host: string, coach: string, specialist: string;
let orgId: string, otherOrgId: string;

beforeAll(async () => {
  // A local stand-in for PDOK's Locatieserver: knows one postcode.
  geocoder = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '';
    asked.push(q);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ response: { docs: q === '9102BB' ? [{ centroide_ll: 'POINT(5.123 52.091)' }] : [] } }));
  });
  await new Promise<void>((resolve) => geocoder.listen(0, '127.0.0.1', resolve));
  t = await createTestApp({ services: 0, env: { DIRECTORY_GEOCODER_URL: `http://127.0.0.1:${(geocoder.address() as AddressInfo).port}/free` } });
  const signIn = (role: string) => t.signIn(`${role}@voorbeeld.nl`);
  [admin, provider, host, coach, specialist] = [await signIn('admin'), await signIn('provider'), await signIn('initiative_host'), await signIn('coach'), await signIn('specialist')];
  orgId = await makeOrganization(t, admin, 'Stichting De Brug', 'provider@voorbeeld.nl');
  otherOrgId = await makeOrganization(t, admin, 'Vereniging Overkant');
}, 60_000);
afterAll(async () => {
  await t.close();
  geocoder.close();
});

const place = (overrides: Record<string, unknown> = {}) => ({ organizationId: orgId, name: 'De Brug Centrum', address: { address1: 'Brugstraat 3', postalCode: '9102 BB', city: 'Voorbeeld' }, accessibility: ['Rolstoeltoegankelijk'], ...overrides });

describe('providers keep their organisation\'s places', () => {
  it('creates a place whose postcode gets coordinates from the geocoder, edits it with If-Match, and keeps every version attributed', async () => {
    const created = await t.request('POST', '/api/v1/locations', { cookie: provider, body: place() });
    const location = expectOk(created, 201);
    expect(created.headers.etag).toBe('W/"1"');
    expect(location).toMatchObject({ latitude: 52.091, longitude: 5.123, address: { postalCode: '9102BB' }, accessibility: [{ description: 'Rolstoeltoegankelijk' }] });
    expect(asked).toEqual(['9102BB']);
    const url = `/api/v1/locations/${location.id}`;
    expect((await t.request('GET', url, { cookie: provider })).json()).toMatchObject({ canEdit: true, services: [] });
    expect((await t.request('GET', url, { cookie: specialist })).json()).toMatchObject({ canEdit: false });

    expect((await t.request('PATCH', url, { cookie: provider, body: { name: 'Zonder versie' } })).statusCode).toBe(428);
    const edited = expectOk(await t.request('PATCH', url, { cookie: provider, body: { name: 'De Brug Oost', transportation: 'Bus 8, halte Brugstraat' }, headers: { 'if-match': 'W/"1"' } }));
    expect(edited).toMatchObject({ name: 'De Brug Oost', version: 2, latitude: 52.091 });
    expect((await t.request('PATCH', url, { cookie: provider, body: { name: 'Te laat' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(412);
    const moved = expectOk(await t.request('PATCH', url, { cookie: admin, body: { address: { address1: 'Elders 1', postalCode: '9999 XX', city: 'Voorbeeld' } }, headers: { 'if-match': 'W/"2"' } }));
    expect(moved).toMatchObject({ version: 3, latitude: null, longitude: null, address: { postalCode: '9999XX' } });

    const versions = (await t.request('GET', `${url}/versions`, { cookie: provider })).json();
    expect(versions.items.map((v: { version: number; change: string; changedByName: string }) => [v.version, v.change, v.changedByName]))
      .toEqual([[3, 'updated', 'Linda Bakker'], [2, 'updated', 'Ingrid Visser'], [1, 'created', 'Ingrid Visser']]);
    expect(versions.items[1].snapshot).toMatchObject({ name: 'De Brug Oost' });
    expect((await t.request('GET', `${url}/versions`, { cookie: specialist })).statusCode).toBe(403);
    expect((await t.request('GET', `${url}/versions`, { cookie: coach })).statusCode).toBe(200);
    const events = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ event_type: string }>('select event_type from audit_events where object_id = $1 order by seq', [location.id]));
    expect(events.map((e) => e.event_type)).toEqual(['directory.location.created', 'directory.location.updated', 'directory.location.updated']);
  });

  it('links and unlinks their services, each a new attributed version of the service; not while it has opening times there', async () => {
    const location = expectOk(await t.request('POST', '/api/v1/locations', { cookie: provider, body: place({ name: 'De Brug West' }) }), 201);
    const service = await makeService(t, provider, { organizationId: orgId, name: 'Brug huiswerkklas' });
    const link = `/api/v1/locations/${location.id}/services/${service.id}`;
    const linked = expectOk(await t.request('PUT', link, { cookie: provider }));
    expect(linked).toMatchObject({ services: [{ id: service.id, name: 'Brug huiswerkklas', canEdit: true }] });
    expectOk(await t.request('PUT', link, { cookie: provider }));
    const detail = expectOk(await t.request('GET', `/api/v1/services/${service.id}`, { cookie: provider }));
    expect(detail).toMatchObject({ version: 2, locations: [{ id: location.id, name: 'De Brug West' }] });
    const search = (await t.request('GET', '/api/v1/services?q=huiswerkklas%20brugstraat', { cookie: specialist })).json();
    expect(search.items.map((i: { id: string }) => i.id)).toEqual([service.id]);

    expectOk(await t.request('PATCH', `/api/v1/services/${service.id}`, { cookie: provider, body: { schedules: [{ weekdays: ['MO'], opensAt: '15:00', closesAt: '17:00', locationId: location.id }] }, headers: { 'if-match': 'W/"2"' } }));
    expect((await t.request('DELETE', link, { cookie: provider })).statusCode).toBe(409);
    expectOk(await t.request('PATCH', `/api/v1/services/${service.id}`, { cookie: provider, body: { schedules: [] }, headers: { 'if-match': 'W/"3"' } }));
    expect(expectOk(await t.request('DELETE', link, { cookie: provider })).services).toEqual([]);
    expect((await t.request('DELETE', link, { cookie: provider })).statusCode).toBe(404);
    const versions = (await t.request('GET', `/api/v1/services/${service.id}/versions`, { cookie: provider })).json();
    expect(versions.items.map((v: { change: string; changedByName: string }) => [v.change, v.changedByName])).toEqual([
      ['location_unlinked', 'Ingrid Visser'], ['updated', 'Ingrid Visser'], ['updated', 'Ingrid Visser'], ['location_linked', 'Ingrid Visser'], ['created', 'Ingrid Visser']]);
  });

  it('refuses another organisation\'s places and services, hosts and other staff; admins keep any organisation\'s', async () => {
    expect((await t.request('POST', '/api/v1/locations', { cookie: provider, body: place({ organizationId: otherOrgId }) })).statusCode).toBe(403);
    expect((await t.request('POST', '/api/v1/locations', { cookie: coach, body: place() })).statusCode).toBe(403);
    const theirs = expectOk(await t.request('POST', '/api/v1/locations', { cookie: admin, body: place({ organizationId: otherOrgId, name: 'Overkant Zaal' }) }), 201);
    expect((await t.request('PATCH', `/api/v1/locations/${theirs.id}`, { cookie: provider, body: { name: 'Overgenomen' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(403);
    expect((await t.request('PATCH', `/api/v1/locations/${theirs.id}`, { cookie: host, body: { name: 'Overgenomen' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(403);
    const mine = expectOk(await t.request('POST', '/api/v1/locations', { cookie: provider, body: place({ name: 'De Brug Noord' }) }), 201);
    const theirService = await makeService(t, admin, { organizationId: otherOrgId, name: 'Overkant dienst' });
    expect((await t.request('PUT', `/api/v1/locations/${mine.id}/services/${theirService.id}`, { cookie: provider })).statusCode).toBe(403);
    expect((await t.request('PUT', `/api/v1/locations/${theirs.id}/services/${theirService.id}`, { cookie: provider })).statusCode).toBe(403);
    expectOk(await t.request('PUT', `/api/v1/locations/${theirs.id}/services/${theirService.id}`, { cookie: admin }));
    expectOk(await t.request('PATCH', `/api/v1/locations/${theirs.id}`, { cookie: admin, body: { accessibility: ['Invalidetoilet'] }, headers: { 'if-match': 'W/"1"' } }));
    const bad = await t.request('POST', '/api/v1/locations', { cookie: provider, body: place({ name: '', address: { address1: 'x', postalCode: '12', city: 'Voorbeeld' } }) });
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['body.address.postalCode', 'body.name']);

    const other = await t.addTenant();
    const otherAdmin = await t.signIn('admin@voorbeeld.nl', { tenant: other });
    expect((await t.request('GET', `/api/v1/locations/${mine.id}`, { cookie: otherAdmin, tenant: other })).statusCode).toBe(404);
    expect((await t.request('PATCH', `/api/v1/locations/${mine.id}`, { cookie: otherAdmin, tenant: other, body: { name: 'Weg' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(404);
    expect((await t.request('PUT', `/api/v1/locations/${mine.id}/services/${theirService.id}`, { cookie: otherAdmin, tenant: other })).statusCode).toBe(404);
  });
});
