import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ households: 1, services: 0, env: { MAP_TILE_URL: 'off' } });
}, 60_000);
afterAll(() => t.close());

describe('MAP_TILE_URL=off', () => {
  it('sends no tiles to the outreach form nor to the public directory map, and allows no tile host in the CSP', async () => {
    const coach = await t.signIn('coach@voorbeeld.nl');
    const options = await t.request('GET', '/api/v1/outreach-log-options', { cookie: coach });
    expect(options.statusCode).toBe(200);
    expect(options.json()).toMatchObject({ mapTileUrl: null, mapTileAttribution: null });
    const tenant = await t.request('GET', '/api/v1/public/tenant');
    expect(tenant.json().map).toBeNull();
    expect(String(tenant.headers['content-security-policy'])).not.toContain('pdok');
  });
});
