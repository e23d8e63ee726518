import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { expectOk, makeLocation, makeOrganization, makeService, serviceBody } from './directory-kit';

let t: TestApp;
let admin: string, provider: string, host: string, coach: string, specialist: string;
let orgId: string, otherOrgId: string;

beforeAll(async () => {
  t = await createTestApp();
  const signIn = (role: string) => t.signIn(`${role}@voorbeeld.nl`);
  [admin, provider, host, coach, specialist] = [await signIn('admin'), await signIn('provider'), await signIn('initiative_host'), await signIn('coach'), await signIn('specialist')];
  orgId = await makeOrganization(t, admin, 'Stichting Vlinderhof', 'provider@voorbeeld.nl');
  otherOrgId = await makeOrganization(t, admin, 'Vereniging Elders');
}, 60_000);
afterAll(() => t.close());

const fields = (r: { json(): { invalidParams?: { name: string }[] } }) => (r.json().invalidParams ?? []).map((p) => p.name).sort();

describe('providers keep their organisation\'s services', () => {
  it('creates a service of their organisation, live at once, as version 1', async () => {
    const location = await makeLocation(t, provider, orgId, 'Vlinderhof Oost', [52.1, 5.1]);
    const created = await t.request('POST', '/api/v1/services', { cookie: provider, body: serviceBody({ organizationId: orgId, name: 'Vlinderhof opvoedspreekuur', locationIds: [location], languages: ['nl', 'tr'],
      schedules: [{ weekdays: ['MO', 'WE'], opensAt: '09:00', closesAt: '12:00', locationId: location }], phones: [{ number: '020 123 4567' }] }) });
    const service = expectOk(created, 201);
    expect(created.headers.etag).toBe('W/"1"');
    expect(service).toMatchObject({ moderationState: 'approved', canEdit: true, organization: { name: 'Stichting Vlinderhof' }, languages: [{ code: 'nl' }, { code: 'tr' }],
      schedules: [{ weekdays: ['MO', 'WE'], opensAt: '09:00', closesAt: '12:00', locationId: location }], locations: [{ name: 'Vlinderhof Oost', address: { postalCode: '9999ZZ' } }] });
    expect((await t.request('GET', `/api/v1/public/services/${service.id}`)).statusCode).toBe(200);
  });

  it('refuses a service for another organisation, and edits of its services', async () => {
    expect((await t.request('POST', '/api/v1/services', { cookie: provider, body: serviceBody({ organizationId: otherOrgId }) })).statusCode).toBe(403);
    const theirs = await makeService(t, admin, { organizationId: otherOrgId, name: 'Elders dienst' });
    const edit = await t.request('PATCH', `/api/v1/services/${theirs.id}`, { cookie: provider, body: { name: 'Overgenomen' }, headers: { 'if-match': 'W/"1"' } });
    expect(edit.statusCode).toBe(403);
    expect((await t.request('PUT', `/api/v1/services/${theirs.id}/capacity`, { cookie: provider, body: { placesAvailable: 3, waitingWeeks: 1 } })).statusCode).toBe(403);
    expect((await t.request('PATCH', `/api/v1/services/${theirs.id}`, { cookie: specialist, body: { name: 'Andere naam' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(403);
  });

  it('edits with If-Match, refuses a stale version, and keeps every version attributed', async () => {
    const service = await makeService(t, provider, { organizationId: orgId, name: 'Vlinderhof gezinscoaching' });
    const url = `/api/v1/services/${service.id}`;
    expect((await t.request('PATCH', url, { cookie: provider, body: { name: 'Zonder versie' } })).statusCode).toBe(428);
    const edited = expectOk(await t.request('PATCH', url, { cookie: provider, body: { name: 'Vlinderhof gezinsbegeleiding', themes: ['opvoeden', 'gezondheid'] }, headers: { 'if-match': 'W/"1"' } }));
    expect(edited).toMatchObject({ version: 2, name: 'Vlinderhof gezinsbegeleiding', themes: [{ code: 'opvoeden' }, { code: 'gezondheid' }] });
    expect((await t.request('PATCH', url, { cookie: provider, body: { name: 'Te laat' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(412);
    const capacity = expectOk(await t.request('PUT', `${url}/capacity`, { cookie: provider, body: { placesAvailable: 4, waitingWeeks: 3 } }));
    expect(capacity).toMatchObject({ placesAvailable: 4, waitingWeeks: 3, version: 3 });
    expect(capacity.capacityUpdatedAt).toEqual(expect.any(String));
    const versions = (await t.request('GET', `${url}/versions`, { cookie: provider })).json();
    expect(versions.items.map((v: { version: number; change: string; changedByName: string }) => [v.version, v.change, v.changedByName]))
      .toEqual([[3, 'capacity_updated', 'Ingrid Visser'], [2, 'updated', 'Ingrid Visser'], [1, 'created', 'Ingrid Visser']]);
    expect(versions.items[2].snapshot).toMatchObject({ version: 1 });
    const search = (await t.request('GET', '/api/v1/public/services?q=gezinsbegeleiding%20vlinderhof&hasCapacity=true')).json();
    expect(search.items.map((i: { name: string }) => i.name)).toEqual(['Vlinderhof gezinsbegeleiding']);
  });

  it('an edit that leaves a list out keeps it: languages, phones, districts and opening hours stay', async () => {
    const [district] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string }>('select id from districts order by name limit 1'));
    const lists = { languages: ['nl', 'ar'], phones: [{ number: '020 765 4321' }], districtIds: [district!.id], schedules: [{ weekdays: ['TU'], opensAt: '13:00', closesAt: '15:00' }] };
    const service = await makeService(t, provider, { organizationId: orgId, name: 'Vlinderhof taalcafé', ...lists });
    const edited = expectOk(await t.request('PATCH', `/api/v1/services/${service.id}`, { cookie: provider, body: { name: 'Vlinderhof taalcafé plus' }, headers: { 'if-match': 'W/"1"' } }));
    expect(edited).toMatchObject({ name: 'Vlinderhof taalcafé plus', phones: [{ number: '020 765 4321' }], districts: [{ id: district!.id }],
      schedules: [{ weekdays: ['TU'], opensAt: '13:00', closesAt: '15:00' }] });
    expect((edited.languages as { code: string }[]).map((l) => l.code).sort()).toEqual(['ar', 'nl']);
  });

  it('refuses bad input naming every field: unknown theme, ages, overlapping hours, unknown place', async () => {
    const bad = await t.request('POST', '/api/v1/services', { cookie: provider, body: serviceBody({ organizationId: orgId, themes: ['opvoeden', 'bestaat-niet'], locationIds: ['0190a000-0000-7000-8000-000000000000'],
      schedules: [{ weekdays: ['MO'], opensAt: '09:00', closesAt: '12:00' }, { weekdays: ['MO', 'TU'], opensAt: '11:00', closesAt: '13:00' }] }) });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['body.locationIds.0', 'body.schedules.1', 'body.themes.1']);
    const ages = await t.request('POST', '/api/v1/services', { cookie: provider, body: serviceBody({ organizationId: orgId, minimumAge: 12, maximumAge: 4, schedules: [{ weekdays: ['MO'], opensAt: '12:00', closesAt: '09:00' }] }) });
    expect(fields(ages)).toEqual(['body.maximumAge', 'body.schedules.0.closesAt']);
    const formal = await t.request('POST', '/api/v1/services', { cookie: admin, body: serviceBody() });
    expect(fields(formal)).toEqual(['body.organizationId']);
  });
});

describe('hosts and moderation', () => {
  it('a host\'s activity waits for the team, then goes public; a rejection carries a reason', async () => {
    const activity = await makeService(t, host, { kind: 'informal', name: 'Breiclub De Steek', description: 'Samen breien en koffie drinken in de buurt.', themes: ['ontmoeten'] });
    const detail = expectOk(await t.request('GET', `/api/v1/services/${activity.id}`, { cookie: host }));
    expect(detail).toMatchObject({ moderationState: 'pending', kind: 'informal', canEdit: true, lastConfirmedAt: expect.any(String) });
    expect((await t.request('GET', `/api/v1/public/services/${activity.id}`)).statusCode).toBe(404);
    expect((await t.request('GET', `/api/v1/services/${activity.id}`, { cookie: specialist })).statusCode).toBe(404);
    const queue = (await t.request('GET', '/api/v1/services?moderation=pending&q=breiclub', { cookie: coach })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toEqual([activity.id]);
    expect((await t.request('PUT', `/api/v1/services/${activity.id}/moderation`, { cookie: host, body: { state: 'approved' } })).statusCode).toBe(403);
    expect(fields(await t.request('PUT', `/api/v1/services/${activity.id}/moderation`, { cookie: coach, body: { state: 'rejected' } }))).toEqual(['body.reason']);
    expectOk(await t.request('PUT', `/api/v1/services/${activity.id}/moderation`, { cookie: coach, body: { state: 'approved' } }));
    expect((await t.request('GET', `/api/v1/public/services/${activity.id}`)).json()).toMatchObject({ name: 'Breiclub De Steek', kind: 'informal' });
    const current = expectOk(await t.request('GET', `/api/v1/services/${activity.id}`, { cookie: host }));
    const edited = expectOk(await t.request('PATCH', `/api/v1/services/${activity.id}`, { cookie: host, body: { description: 'Samen breien, haken en koffie drinken.' }, headers: { 'if-match': `W/"${current.version}"` } }));
    expect(edited.moderationState).toBe('pending');
    const rejected = expectOk(await t.request('PUT', `/api/v1/services/${activity.id}/moderation`, { cookie: coach, body: { state: 'rejected', reason: 'Graag een tijd en plaats erbij' } }));
    expect(rejected).toMatchObject({ moderationState: 'rejected', moderationReason: 'Graag een tijd en plaats erbij' });
  });

  it('a host may not add a formal service, nor edit someone else\'s activity', async () => {
    expect((await t.request('POST', '/api/v1/services', { cookie: host, body: serviceBody({ organizationId: orgId }) })).statusCode).toBe(403);
    const adminActivity = await makeService(t, admin, { kind: 'informal', name: 'Buurtbarbecue' });
    expect((await t.request('PATCH', `/api/v1/services/${adminActivity.id}`, { cookie: host, body: { name: 'Mijn barbecue' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(403);
  });

  it('keeps another municipality out', async () => {
    const service = await makeService(t, admin, { organizationId: orgId, name: 'Alleen hier' });
    const other = await t.addTenant();
    const otherAdmin = await t.signIn('admin@voorbeeld.nl', { tenant: other });
    expect((await t.request('GET', `/api/v1/services/${service.id}`, { cookie: otherAdmin, tenant: other })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/v1/public/services/${service.id}`, { tenant: other })).statusCode).toBe(404);
    expect((await t.request('PATCH', `/api/v1/services/${service.id}`, { cookie: otherAdmin, tenant: other, body: { name: 'Andere naam' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(404);
  });
});
