import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ households: 2 });
  admin = await t.signIn('admin@voorbeeld.nl');
});
afterAll(() => t.close());

describe('users', () => {
  it('invites, searches, changes roles and teams, and deactivates', async () => {
    const teams = (await t.request('GET', '/api/v1/teams', { cookie: admin })).json().items as { id: string; name: string }[];
    const zuid = teams.find((x) => x.name === 'Team Zuid')!;
    const invited = await t.request('POST', '/api/v1/users', { cookie: admin, body: { email: 'Jamila@Voorbeeld.nl', displayName: 'Jamila Haddou', roles: ['coach'], teamIds: [zuid.id] } });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ email: 'jamila@voorbeeld.nl', status: 'invited', teamIds: [zuid.id] });
    const id = invited.json().id;

    const duplicate = await t.request('POST', '/api/v1/users', { cookie: admin, body: { email: 'jamila@voorbeeld.nl', displayName: 'J', roles: ['coach'] } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().invalidParams[0].name).toBe('body.email');

    const found = await t.request('GET', '/api/v1/users?q=jamila', { cookie: admin });
    expect(found.json().items.map((u: { id: string }) => u.id)).toEqual([id]);

    const changed = await t.request('PATCH', `/api/v1/users/${id}`, { cookie: admin, body: { roles: ['coach', 'team_lead'], teamIds: [] } });
    expect(changed.json()).toMatchObject({ roles: ['coach', 'team_lead'], teamIds: [] });

    const deactivated = await t.request('PATCH', `/api/v1/users/${id}`, { cookie: admin, body: { status: 'deactivated' } });
    expect(deactivated.json().status).toBe('deactivated');
  });

  it('ends the sessions of a deactivated user at once', async () => {
    const cookie = await t.signIn('provider@voorbeeld.nl');
    const me = (await t.request('GET', '/api/v1/me', { cookie })).json();
    await t.request('PATCH', `/api/v1/users/${me.id}`, { cookie: admin, body: { status: 'deactivated' } });
    expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(401);
    expect((await t.request('POST', '/api/v1/sessions', { body: { email: 'provider@voorbeeld.nl', password: 'Wijkwijs-demo-2026' } })).statusCode).toBe(401);
  });

  it('pages through users with a cursor', async () => {
    const first = (await t.request('GET', '/api/v1/users?limit=5', { cookie: admin })).json();
    expect(first.items).toHaveLength(5);
    const second = (await t.request('GET', `/api/v1/users?limit=5&cursor=${first.nextCursor}`, { cookie: admin })).json();
    const ids = new Set(first.items.map((u: { id: string }) => u.id));
    expect(second.items.some((u: { id: string }) => ids.has(u.id))).toBe(false);
  });

  it('does not let an admin lock themselves out', async () => {
    const me = (await t.request('GET', '/api/v1/me', { cookie: admin })).json();
    const response = await t.request('PATCH', `/api/v1/users/${me.id}`, { cookie: admin, body: { status: 'deactivated' } });
    expect(response.statusCode).toBe(409);
  });

  it('is for administrators only', async () => {
    const coach = await t.signIn('coach@voorbeeld.nl');
    expect((await t.request('GET', '/api/v1/users', { cookie: coach })).statusCode).toBe(403);
    expect((await t.request('POST', '/api/v1/teams', { cookie: coach, body: { name: 'Team X' } })).statusCode).toBe(403);
  });
});

describe('districts, neighbourhoods and teams', () => {
  it('adds a district and a neighbourhood with CBS codes, and refuses wrong codes', async () => {
    const district = await t.request('POST', '/api/v1/districts', { cookie: admin, body: { name: 'Oost', cbsCode: 'WK099904' } });
    expect(district.statusCode).toBe(201);
    const wrong = await t.request('POST', '/api/v1/neighbourhoods', { cookie: admin, body: { name: 'Kern', cbsCode: 'BU123', districtId: district.json().id } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams[0].name).toBe('body.cbsCode');
    const ok = await t.request('POST', '/api/v1/neighbourhoods', { cookie: admin, body: { name: 'Kern', cbsCode: 'BU09990401', districtId: district.json().id } });
    expect(ok.statusCode).toBe(201);
    const twice = await t.request('POST', '/api/v1/districts', { cookie: admin, body: { name: 'Oost 2', cbsCode: 'WK099904' } });
    expect(twice.statusCode).toBe(409);
    const list = (await t.request('GET', '/api/v1/districts', { cookie: admin })).json().items as { cbsCode: string; neighbourhoods: unknown[] }[];
    expect(list.find((d) => d.cbsCode === 'WK099904')?.neighbourhoods).toHaveLength(1);
  });

  it('creates and renames a team', async () => {
    const created = await t.request('POST', '/api/v1/teams', { cookie: admin, body: { name: 'Team Oost' } });
    expect(created.statusCode).toBe(201);
    const renamed = await t.request('PATCH', `/api/v1/teams/${created.json().id}`, { cookie: admin, body: { name: 'Team Oost-Centrum', districtId: null } });
    expect(renamed.json().name).toBe('Team Oost-Centrum');
  });
});

describe('theme', () => {
  it('refuses colour pairs under 4.5:1 and names the field', async () => {
    const response = await t.request('PUT', '/api/v1/theme', { cookie: admin, body: { primaryColour: '#ffdd00', primaryTextColour: '#ffffff' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('insufficient_contrast');
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain('body.primaryTextColour');
  });

  it('saves a readable theme, which every visitor then gets', async () => {
    const theme = { primaryColour: '#00507a', primaryTextColour: '#ffffff', linkColour: '#00507a' };
    expect((await t.request('PUT', '/api/v1/theme', { cookie: admin, body: theme })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/public/tenant')).json().theme).toEqual(theme);
  });
});

describe('team members', () => {
  it('lists a team\'s active members to its own members, and to nobody in another team', async () => {
    const teams = (await t.request('GET', '/api/v1/teams', { cookie: admin })).json().items as { id: string; name: string }[];
    const noord = teams.find((x) => x.name === 'Team Noord')!;
    const lead = await t.signIn('team_lead@voorbeeld.nl');
    const members = (await t.request('GET', `/api/v1/teams/${noord.id}/members`, { cookie: lead })).json().items as { displayName: string }[];
    expect(members.map((m) => m.displayName)).toContain('Sanne de Vries');
    const zuid = await t.signIn('coach.zuid@voorbeeld.nl');
    expect((await t.request('GET', `/api/v1/teams/${noord.id}/members`, { cookie: zuid })).statusCode).toBe(404);
  });
});
