import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let cookie = '';
beforeAll(async () => {
  t = await createTestApp({ households: 1 });
  cookie = await t.signIn('coach@voorbeeld.nl');
});
afterAll(() => t.close());

const lastSeen = async (): Promise<Date> => {
  const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query<{ last_seen_at: Date }>("select last_seen_at from sessions where revoked_at is null and user_id = (select id from users where email = 'coach@voorbeeld.nl')"),
  );
  return new Date(rows[0]!.last_seen_at);
};
const COACH_SESSIONS = `tenant_id = $1 and revoked_at is null
   and user_id = (select id from users where tenant_id = $1 and email = 'coach@voorbeeld.nl')`;
const makeStale = () =>
  t.db.asOwner((sql) => sql.query(`update sessions set last_seen_at = now() - interval '5 minutes' where ${COACH_SESSIONS}`, [t.tenant.id]));

describe('session last seen', () => {
  it('is refreshed by a request once it is more than a minute old, and not before', async () => {
    await makeStale();
    const stale = await lastSeen();
    expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(200);
    const touched = await lastSeen();
    expect(touched.getTime()).toBeGreaterThan(stale.getTime());
    expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(200);
    expect((await lastSeen()).getTime()).toBe(touched.getTime());
  });

  // PGlite has one connection, so two transactions never overlap there.
  it.runIf(Boolean(process.env.DATABASE_URL))('does not make a request wait while another request is refreshing it', async () => {
    await makeStale();
    const outcome = await t.db.asOwner(async (sql) => {
      await sql.query(`select id from sessions where ${COACH_SESSIONS} for update`, [t.tenant.id]);
      const request = t.request('GET', '/api/v1/me', { cookie }).then((r) => r.statusCode);
      const waited = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 10_000));
      return Promise.race([request, waited]);
    });
    expect(outcome).toBe(200);
  });
});
