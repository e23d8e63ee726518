import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, createTestApp, type TestApp } from '../../testing/test-app';
import { totpCodeAt } from './totp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 2 });
});
afterAll(() => t.close());

const linkFromOutbox = async (email: string): Promise<string> => {
  const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query<{ body_text: string }>('select body_text from outbox_messages where recipient = $1 order by id desc limit 1', [email]),
  );
  const token = /token=([A-Za-z0-9_-]+)/.exec(rows[0]?.body_text ?? '')?.[1];
  if (!token) throw new Error(`No link mailed to ${email}`);
  return token;
};

describe('two-factor authentication (TOTP)', () => {
  let secret = '';
  let recoveryCodes: string[] = [];

  it('sets up with a QR code, confirms with a code and hands out recovery codes once', async () => {
    const cookie = await t.signIn('team_lead@voorbeeld.nl');
    const setup = await t.request('POST', '/api/v1/me/totp-secrets', { cookie });
    expect(setup.statusCode).toBe(201);
    expect(setup.json().qrSvg).toContain('<svg');
    expect(setup.json().otpauthUri).toMatch(/^otpauth:\/\/totp\/Wijkwijs:team_lead%40voorbeeld\.nl\?/);
    secret = setup.json().secret;

    const wrong = await t.request('POST', '/api/v1/me/totp-activations', { cookie, body: { code: '000000' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().invalidParams[0].name).toBe('body.code');

    const confirmed = await t.request('POST', '/api/v1/me/totp-activations', { cookie, body: { code: totpCodeAt(secret, Date.now() - 30_000) } });
    expect(confirmed.statusCode).toBe(201);
    recoveryCodes = confirmed.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect((await t.request('POST', '/api/v1/me/totp-secrets', { cookie })).statusCode).toBe(409);
  });

  it('then asks for the code at sign-in, and refuses a replayed code', async () => {
    const noCode = await t.request('POST', '/api/v1/sessions', { body: { email: 'team_lead@voorbeeld.nl', password: 'Wijkwijs-demo-2026' } });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('totp_required');
    const code = totpCodeAt(secret, Date.now());
    await t.signIn('team_lead@voorbeeld.nl', { totp: code });
    const replay = await t.request('POST', '/api/v1/sessions', { body: { email: 'team_lead@voorbeeld.nl', password: 'Wijkwijs-demo-2026', totp: code } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('invalid_totp');
  });

  it('accepts each recovery code once', async () => {
    const code = recoveryCodes[0]!;
    await t.signIn('team_lead@voorbeeld.nl', { totp: code.toLowerCase() });
    const again = await t.request('POST', '/api/v1/sessions', { body: { email: 'team_lead@voorbeeld.nl', password: 'Wijkwijs-demo-2026', totp: code } });
    expect(again.statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('lists own sessions, revokes one, and signs out', async () => {
    const first = await t.signIn('specialist@voorbeeld.nl');
    const second = await t.signIn('specialist@voorbeeld.nl');
    const list = await t.request('GET', '/api/v1/sessions', { cookie: second });
    expect(list.statusCode).toBe(200);
    const sessions = list.json().items as { id: string; current: boolean }[];
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const other = sessions.find((s) => !s.current)!;
    expect((await t.request('DELETE', `/api/v1/sessions/${other.id}`, { cookie: second })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { cookie: first })).statusCode).toBe(401);
    expect((await t.request('DELETE', '/api/v1/sessions/current', { cookie: second })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { cookie: second })).statusCode).toBe(401);
  });

  it('ends a session after 30 idle minutes and after 12 hours in all', async () => {
    const idle = await t.signIn('coach@voorbeeld.nl');
    const old = await t.signIn('coach@voorbeeld.nl');
    await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
      await sql.query("update sessions set last_seen_at = now() - interval '31 minutes' where id = (select id from sessions where revoked_at is null and user_id = (select id from users where email = 'coach@voorbeeld.nl') order by id limit 1)");
      await sql.query("update sessions set expires_at = now() - interval '1 second' where id = (select id from sessions where revoked_at is null and user_id = (select id from users where email = 'coach@voorbeeld.nl') order by id desc limit 1)");
    });
    expect((await t.request('GET', '/api/v1/me', { cookie: idle })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/v1/me', { cookie: old })).statusCode).toBe(401);
  });

  it('refuses a state-changing request from another origin', async () => {
    const cookie = await t.signIn('coach@voorbeeld.nl');
    const forged = await t.request('PATCH', '/api/v1/me', { cookie, body: { locale: 'en' }, headers: { origin: 'https://evil.example' } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('origin_mismatch');
    const noOrigin = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { host: t.tenant.host, cookie, 'content-type': 'application/json' }, payload: '{"locale":"en"}' });
    expect(noOrigin.statusCode).toBe(403);
    const ok = await t.request('PATCH', '/api/v1/me', { cookie, body: { locale: 'en' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().locale).toBe('en');
  });
});

describe('passwords', () => {
  it('changes the password and ends the other sessions', async () => {
    const other = await t.signIn('outreach@voorbeeld.nl');
    const cookie = await t.signIn('outreach@voorbeeld.nl');
    const wrong = await t.request('POST', '/api/v1/me/password-changes', { cookie, body: { currentPassword: 'nope', newPassword: 'a-new-long-passphrase' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().invalidParams[0].name).toBe('body.currentPassword');
    const short = await t.request('POST', '/api/v1/me/password-changes', { cookie, body: { currentPassword: 'Wijkwijs-demo-2026', newPassword: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().invalidParams[0].name).toBe('body.newPassword');
    expect((await t.request('POST', '/api/v1/me/password-changes', { cookie, body: { currentPassword: 'Wijkwijs-demo-2026', newPassword: 'a-new-long-passphrase' } })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { cookie: other })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(200);
    await t.signIn('outreach@voorbeeld.nl', { password: 'a-new-long-passphrase' });
  });

  it('resets a forgotten password through a single-use mailed link', async () => {
    const before = await t.signIn('analyst@voorbeeld.nl');
    expect((await t.request('POST', '/api/v1/password-reset-requests', { body: { email: 'analyst@voorbeeld.nl' } })).statusCode).toBe(202);
    expect((await t.request('POST', '/api/v1/password-reset-requests', { body: { email: 'unknown@voorbeeld.nl' } })).statusCode).toBe(202);
    const token = await linkFromOutbox('analyst@voorbeeld.nl');
    expect((await t.request('POST', '/api/v1/password-resets', { body: { token, newPassword: 'forgotten-but-found' } })).statusCode).toBe(204);
    const reused = await t.request('POST', '/api/v1/password-resets', { body: { token, newPassword: 'another-try-again' } });
    expect(reused.statusCode).toBe(404);
    expect(reused.json().invalidParams[0].name).toBe('body.token');
    expect((await t.request('GET', '/api/v1/me', { cookie: before })).statusCode).toBe(401);
    await t.signIn('analyst@voorbeeld.nl', { password: 'forgotten-but-found' });
  });

  it('lets an invited user choose a password and sign in', async () => {
    const admin = await t.signIn('admin@voorbeeld.nl');
    const invited = await t.request('POST', '/api/v1/users', { cookie: admin, body: { email: 'nieuw@voorbeeld.nl', displayName: 'Nieuwe Coach', roles: ['coach'] } });
    expect(invited.statusCode).toBe(201);
    expect(invited.json().status).toBe('invited');
    const token = await linkFromOutbox('nieuw@voorbeeld.nl');
    expect((await t.request('POST', '/api/v1/password-resets', { body: { token, newPassword: 'my-first-passphrase' } })).statusCode).toBe(204);
    const response = await t.request('POST', '/api/v1/sessions', { body: { email: 'nieuw@voorbeeld.nl', password: 'my-first-passphrase' } });
    expect(response.statusCode).toBe(201);
    cookieFrom(response);
  });
});
