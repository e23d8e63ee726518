import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 1, env: { MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© Example' } });
});
afterAll(() => t.close());

describe('map tile setting', () => {
  it('tells every visitor where the map tiles come from and lets the browser load them', async () => {
    const response = await t.request('GET', '/api/v1/public/tenant');
    expect(response.json().map).toEqual({ tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example' });
    expect(String(response.headers['content-security-policy'])).toMatch(/img-src 'self' data: https:\/\/tiles\.example\.org(;|$)/);
  });

  it('shows no map when the setting is off, and allows no other image host', async () => {
    const off = await createTestApp({ households: 1, env: { MAP_TILE_URL: 'off' } });
    try {
      const response = await off.request('GET', '/api/v1/public/tenant');
      expect(response.json().map).toBeNull();
      expect(String(response.headers['content-security-policy'])).toMatch(/img-src 'self' data:(;|$)/);
    } finally {
      await off.close();
    }
  });
});
