import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/v1/sessions', () => {
  it('signs a demo coach in with a session cookie and returns who they are', async () => {
    const response = await t.request('POST', '/api/v1/sessions', { body: { email: 'Coach@Voorbeeld.nl ', password: 'Wijkwijs-demo-2026' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ email: 'coach@voorbeeld.nl', roles: ['coach'], teams: [{ name: 'Team Noord' }], totpSetupRequired: false });
    const cookie = response.cookies.find((c) => c.name === 'wijkwijs_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.headers['api-version']).toBe('1.0.0');
  });

  it('answers an unknown e-mail address exactly like a wrong password', async () => {
    const unknown = await t.request('POST', '/api/v1/sessions', { body: { email: 'nobody@voorbeeld.nl', password: 'whatever-123' } });
    const wrong = await t.request('POST', '/api/v1/sessions', { body: { email: 'analyst@voorbeeld.nl', password: 'whatever-123' } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (body: string) => ({ ...JSON.parse(body), instance: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
    expect(unknown.headers['content-type']).toContain('application/problem+json');
  });

  it('slows down and then locks an e-mail address after repeated failures, known or not', async () => {
    for (const email of ['specialist@voorbeeld.nl', 'ghost@voorbeeld.nl']) {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await t.request('POST', '/api/v1/sessions', { body: { email, password: 'wrong-password' } })).statusCode);
      // Three free failures, then the fourth sets a delay: the fifth attempt comes too soon.
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
    }
    // Move the clock of the throttle past each delay and keep failing until the lock.
    let last = 0;
    for (let i = 0; i < 10 && last !== 423; i++) {
      await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("update login_throttles set next_attempt_at = now() - interval '1 second' where key = 'email:specialist@voorbeeld.nl'"));
      last = (await t.request('POST', '/api/v1/sessions', { body: { email: 'specialist@voorbeeld.nl', password: 'wrong-password' } })).statusCode;
    }
    const locked = await t.request('POST', '/api/v1/sessions', { body: { email: 'specialist@voorbeeld.nl', password: 'Wijkwijs-demo-2026' } });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('account_locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
  });

  it('audits failed and successful sign-ins without the password', async () => {
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ event_type: string; details: unknown }>("select event_type, details from audit_events where event_type like 'session.%' order by seq"),
    );
    expect(rows.map((r) => r.event_type)).toContain('session.created');
    expect(rows.map((r) => r.event_type)).toContain('session.sign_in_failed');
    expect(JSON.stringify(rows)).not.toContain('whatever-123');
  });
});
