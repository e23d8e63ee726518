import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 40 });
  // Two intakes that wait for the team lead to assign a coordinator: one normal, one urgent.
  const coach = await t.signIn('coach@voorbeeld.nl');
  for (const [familyName, priority] of [['Wachters', 'normal'], ['Spoed', 'urgent']] as const) {
    const response = await t.request('POST', '/api/v1/households', {
      cookie: coach,
      body: {
        members: [{ givenName: 'Kim', familyName, birthDate: '1990-01-01', role: 'parent' }],
        address: { street: 'Wachtstraat', houseNumber: familyName === 'Spoed' ? '2' : '1', postcode: '3456EF', city: 'Voorbeeld' },
        becomeCoordinator: false, priority, acknowledgeDuplicates: true,
      },
    });
    expect(response.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

interface Summary { id: string; name: string; status: string; coordinatorName: string | null; daysWaiting: number | null; priority: string }

async function all(cookie: string, query: string): Promise<Summary[]> {
  const items: Summary[] = [];
  let cursor: string | null = null;
  do {
    const response = await t.request('GET', `/api/v1/households?${query}&limit=7${cursor ? `&cursor=${cursor}` : ''}`, { cookie });
    expect(response.statusCode).toBe(200);
    items.push(...response.json().items);
    cursor = response.json().nextCursor;
  } while (cursor);
  return items;
}

describe('GET /api/v1/households', () => {
  it('lists "my households" for a coach, page by page, sorted by name, with no BSN', async () => {
    const cookie = await t.signIn('coach@voorbeeld.nl');
    const mine = await all(cookie, 'scope=mine');
    const expected = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ id: string }>("select household_id as id from case_members cm join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id where u.email = 'coach@voorbeeld.nl'"),
    );
    expect(mine.map((h) => h.id).sort()).toEqual(expected.map((e) => e.id).sort());
    const names = mine.map((h) => h.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(JSON.stringify(mine)).not.toMatch(/bsn/i);
  });

  it('searches by name and audits every search', async () => {
    const cookie = await t.signIn('coach@voorbeeld.nl');
    const [first] = await all(cookie, 'scope=mine');
    const familyName = first!.name.replace('Huishouden ', '');
    const found = await all(cookie, `scope=mine&q=${encodeURIComponent(familyName)}`);
    expect(found.map((h) => h.id)).toContain(first!.id);
    const audits = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ details: { q: string | null } }>("select details from audit_events where event_type = 'household.searched'"));
    expect(audits.map((a) => a.details.q)).toContain(familyName);
  });

  it('gives the team lead the waiting list, most urgent and longest waiting first', async () => {
    const lead = await t.signIn('team_lead@voorbeeld.nl');
    const waiting = await all(lead, 'scope=waiting');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((h) => h.status === 'waiting' && h.coordinatorName === null && h.daysWaiting !== null)).toBe(true);
    expect(waiting[0]!.name).toBe('Huishouden Spoed');
    const ranks = waiting.map((h) => ['urgent', 'high', 'normal'].indexOf(h.priority));
    expect(ranks).toEqual([...ranks].sort());
  });

  it('lets the team lead assign a coordinator from the waiting list, which moves the household off it', async () => {
    const lead = await t.signIn('team_lead@voorbeeld.nl');
    const [first] = await all(lead, 'scope=waiting');
    const coachId = (await t.request('GET', '/api/v1/me', { cookie: await t.signIn('coach@voorbeeld.nl') })).json().id;
    const assigned = await t.request('POST', `/api/v1/households/${first!.id}/coordinator-handovers`, { cookie: lead, body: { userId: coachId, note: 'Past in haar wijk' } });
    expect(assigned.statusCode).toBe(201);
    expect(assigned.json()).toMatchObject({ status: 'active', coordinatorId: coachId });
    expect((await all(lead, 'scope=waiting')).map((h) => h.id)).not.toContain(first!.id);
    const again = await t.request('POST', `/api/v1/households/${first!.id}/coordinator-handovers`, { cookie: lead, body: { userId: coachId } });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a coordinator from another team', async () => {
    const lead = await t.signIn('team_lead@voorbeeld.nl');
    const [first] = await all(lead, 'scope=team&status=active');
    const zuidId = (await t.request('GET', '/api/v1/me', { cookie: await t.signIn('coach.zuid@voorbeeld.nl') })).json().id;
    const response = await t.request('POST', `/api/v1/households/${first!.id}/coordinator-handovers`, { cookie: lead, body: { userId: zuidId } });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe('body.userId');
  });

  it('keeps the team view and waiting list for team leads', async () => {
    const cookie = await t.signIn('coach@voorbeeld.nl');
    const response = await t.request('GET', '/api/v1/households?scope=waiting', { cookie });
    expect(response.statusCode).toBe(403);
    expect(response.json().invalidParams[0].name).toBe('query.scope');
  });

  it('rejects a cursor that does not fit the sort', async () => {
    const cookie = await t.signIn('team_lead@voorbeeld.nl');
    const page = (await t.request('GET', '/api/v1/households?scope=team&limit=2', { cookie })).json();
    const response = await t.request('GET', `/api/v1/households?scope=waiting&cursor=${page.nextCursor}`, { cookie });
    expect(response.statusCode).toBe(400);
  });
});
