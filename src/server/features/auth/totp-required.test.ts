import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { totpCodeAt } from './totp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demoMode: false, households: 2 });
});
afterAll(() => t.close());

describe('outside demo mode', () => {
  it('lets a staff member without TOTP do nothing but set it up', async () => {
    const cookie = await t.signIn('coach@voorbeeld.nl');
    const me = await t.request('GET', '/api/v1/me', { cookie });
    expect(me.json()).toMatchObject({ totpSetupRequired: true, demoMode: false });
    const blocked = await t.request('GET', '/api/v1/teams', { cookie });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('totp_setup_required');

    const setup = await t.request('POST', '/api/v1/me/totp-secrets', { cookie });
    const code = totpCodeAt(setup.json().secret, Date.now());
    expect((await t.request('POST', '/api/v1/me/totp-activations', { cookie, body: { code } })).statusCode).toBe(201);
    expect((await t.request('GET', '/api/v1/teams', { cookie })).statusCode).toBe(200);
  });

  it('does not show demo accounts on the sign-in page', async () => {
    const info = await t.request('GET', '/api/v1/public/tenant');
    expect(info.json().demo).toBeNull();
  });

  it('has no dev outbox', async () => {
    const setupCookie = await t.signIn('admin@voorbeeld.nl');
    const setup = await t.request('POST', '/api/v1/me/totp-secrets', { cookie: setupCookie });
    await t.request('POST', '/api/v1/me/totp-activations', { cookie: setupCookie, body: { code: totpCodeAt(setup.json().secret, Date.now()) } });
    expect((await t.request('GET', '/api/v1/outbox-messages', { cookie: setupCookie })).statusCode).toBe(404);
  });
});
