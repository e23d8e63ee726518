import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database';
import { createTestApp, type TestApp } from '../testing/test-app';

// Sessions answered from memory (decision 0034): a server forgets a session when the database
// announces a change to it (migration 0027), at once for its own changes, soon for everyone else's.
let t: TestApp;
let admin = '';
beforeAll(async () => {
  t = await createTestApp({ households: 1 });
  admin = await t.signIn('admin@voorbeeld.nl');
});
afterAll(() => t.close());

const me = (cookie: string) => t.request('GET', '/api/v1/me', { cookie });
const coachId = async () => (await me(await t.signIn('coach@voorbeeld.nl'))).json<{ id: string }>().id;
/** A cookie whose session and GET /me answer this server now remembers. */
async function rememberedCoach(): Promise<string> {
  const cookie = await t.signIn('coach@voorbeeld.nl');
  expect((await me(cookie)).statusCode).toBe(200);
  expect(t.app.services.sessions.size).toBeGreaterThan(0);
  return cookie;
}

/** SQL on a connection of its own, as another server or a DBA at a psql prompt would run it. */
async function elsewhere(text: string, params: unknown[]): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(text, params).finally(() => client.end());
  } else {
    await (t.db as Database & { pglite: { query(text: string, params: unknown[]): Promise<unknown> } }).pglite.query(text, params);
  }
}

describe('remembered sessions', () => {
  it('answer GET /me of a known session without going to the database', async () => {
    const cookie = await rememberedCoach();
    const first = (await me(cookie)).json();
    const transactions = vi.spyOn(t.db, 'withTenant');
    try {
      const again = await me(cookie);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first);
      expect(transactions).not.toHaveBeenCalled();
    } finally {
      transactions.mockRestore();
    }
  });

  it('end at once when signed out on this server', async () => {
    const cookie = await rememberedCoach();
    expect((await t.request('DELETE', '/api/v1/sessions/current', { cookie })).statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await t.request('GET', '/api/v1/households?limit=1', { cookie })).statusCode).toBe(401);
  });

  it('show role, team and name changes by an administrator at once, and end when the user is deactivated', async () => {
    const cookie = await rememberedCoach();
    const id = await coachId();
    const before = (await me(cookie)).json<{ roles: string[]; teams: { id: string; name: string }[] }>();
    const team = before.teams[0]!;
    const roles = [...before.roles, 'team_lead'];
    expect((await t.request('PATCH', `/api/v1/users/${id}`, { cookie: admin, body: { roles, displayName: 'Coach Nieuw' } })).statusCode).toBe(200);
    expect((await t.request('PATCH', `/api/v1/teams/${team.id}`, { cookie: admin, body: { name: 'Team Hernoemd' } })).statusCode).toBe(200);
    const after = (await me(cookie)).json<{ roles: string[]; displayName: string; teams: { id: string; name: string }[] }>();
    expect(after.roles).toEqual(expect.arrayContaining(roles));
    expect(after.displayName).toBe('Coach Nieuw');
    expect(after.teams.find((tm) => tm.id === team.id)?.name).toBe('Team Hernoemd');
    expect((await t.request('PATCH', `/api/v1/users/${id}`, { cookie: admin, body: { roles: before.roles } })).statusCode).toBe(200);
    expect((await me(cookie)).json<{ roles: string[] }>().roles).toEqual(before.roles);

    expect((await t.request('PATCH', `/api/v1/users/${id}`, { cookie: admin, body: { status: 'deactivated' } })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await t.request('PATCH', `/api/v1/users/${id}`, { cookie: admin, body: { status: 'active' } })).statusCode).toBe(200);
  });

  it('end when revoked or idle in the database by anyone, not only by this server', async () => {
    const revoked = await rememberedCoach();
    const idle = await rememberedCoach();
    const sessionOf = async (cookie: string) => (await t.request('GET', '/api/v1/sessions', { cookie })).json<{ items: { id: string; current: boolean }[] }>().items.find((s) => s.current)!.id;
    const [revokedId, idleId] = [await sessionOf(revoked), await sessionOf(idle)];
    expect((await me(revoked)).statusCode).toBe(200);
    await elsewhere('update sessions set revoked_at = now() where id = $1', [revokedId]);
    await elsewhere(`update sessions set last_seen_at = now() - interval '1 day' where id = $1`, [idleId]);
    await vi.waitFor(async () => expect((await me(revoked)).statusCode).toBe(401));
    await vi.waitFor(async () => expect((await me(idle)).statusCode).toBe(401));
  });
});
