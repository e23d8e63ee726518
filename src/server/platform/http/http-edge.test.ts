import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 1, env: { BODY_LIMIT_BYTES: '4096' } });
});
afterAll(() => t.close());

describe('HTTP edge', () => {
  it('sends strict security headers and no HSTS over plain HTTP', async () => {
    const response = await t.request('GET', '/api/v1/public/tenant');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends the same security headers on every kind of response', async () => {
    const fixed = {
      'content-security-policy':
        "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: https://service.pdok.nl;font-src 'self' data:;connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    const responses = [
      await t.request('GET', '/api/v1/public/tenant'),
      await t.request('GET', '/api/v1/no-such-thing'),
      await t.request('GET', '/api/v1/me'),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 404, 401]);
    for (const response of responses) {
      expect(response.headers).toMatchObject(fixed);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('sends HSTS and Secure cookies over TLS (behind a proxy that says so)', async () => {
    const proxied = await createTestApp({ households: 1, env: { TRUST_PROXY: 'true' } });
    try {
      const response = await proxied.request('POST', '/api/v1/sessions', {
        body: { email: 'coach@voorbeeld.nl', password: 'Wijkwijs-demo-2026' },
        headers: { 'x-forwarded-proto': 'https', origin: `https://${proxied.tenant.host}` },
      });
      expect(response.statusCode).toBe(201);
      expect(response.headers['strict-transport-security']).toContain('max-age=');
      expect(response.cookies[0]).toMatchObject({ secure: true, httpOnly: true });
    } finally {
      await proxied.close();
    }
  });

  it('refuses an oversized body with 413 problem+json', async () => {
    const response = await t.request('POST', '/api/v1/sessions', { body: { email: 'a@b.nl', password: 'x'.repeat(5000) } });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('payload_too_large');
  });

  it('refuses a body that is not JSON', async () => {
    const response = await t.request('POST', '/api/v1/sessions', { headers: { 'content-type': 'text/plain' }, body: undefined });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    const xml = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', headers: { host: t.tenant.host, origin: `http://${t.tenant.host}`, 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('unsupported_media_type');
  });

  it('answers unknown API paths with a problem and no trailing-slash aliases', async () => {
    const missing = await t.request('GET', '/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, code: 'not_found', instance: '/api/v1/nothing-here' });
    expect((await t.request('GET', '/api/v1/me/')).statusCode).toBe(404);
  });

  it('reports liveness and readiness', async () => {
    expect((await t.request('GET', '/health/live')).json()).toEqual({ status: 'ok' });
    expect((await t.request('GET', '/health/ready')).json()).toEqual({ status: 'ok' });
  });

  it('publishes the OpenAPI document with the API version', async () => {
    const response = await t.request('GET', '/api/v1/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toMatch(/\/api\/v1$/);
    expect(doc.paths['/sessions'].post.responses['201'].headers['API-Version']).toBeDefined();
    expect(doc.paths['/sessions'].post.responses['401'].content['application/problem+json']).toBeDefined();
  });
});

describe('web app routes', () => {
  it('serves the app at / and at client-side routes, and 404s a missing asset', async () => {
    const { existsSync } = await import('node:fs');
    const { webRoot } = await import('../../app');
    if (!existsSync(`${webRoot}/index.html`)) {
      // Without a build there is no app to serve: the API answers problems at every page path.
      expect((await t.request('GET', '/')).statusCode).toBe(404);
      return;
    }
    for (const path of ['/', '/inloggen', '/huishoudens/abc']) {
      const response = await t.request('GET', path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-type'], path).toContain('text/html');
    }
    expect((await t.request('GET', '/assets/missing.js')).statusCode).toBe(404);
  });

  it('sends the sign-in page uncached, with its screen announced for preloading', async () => {
    const { existsSync } = await import('node:fs');
    const { webRoot } = await import('../../app');
    if (!existsSync(`${webRoot}/.vite/page-preloads.json`)) return; // an older build or none: nothing to announce
    const response = await t.request('GET', '/inloggen');
    expect(response.headers['cache-control']).toBe('no-cache');
    // The shell's stylesheet first (render-blocking), then scripts, the sign-in screen's among them.
    expect(String(response.headers.link)).toMatch(/^<\/assets\/[\w-]+\.css>; rel=preload; as=style; crossorigin, /);
    expect(String(response.headers.link)).toMatch(/<\/assets\/SignInPage-[\w-]+\.js>; rel=modulepreload/);
    expect((await t.request('GET', '/huishoudens')).headers.link).toBeUndefined();
  });

  it('keeps the page uncached for browsers that accept compression, and hashed assets for a year', async () => {
    const { existsSync, readdirSync } = await import('node:fs');
    const { webRoot } = await import('../../app');
    if (!existsSync(`${webRoot}/index.html`)) return; // no build: nothing to serve
    const page = await t.request('GET', '/sociale-kaart', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = readdirSync(`${webRoot}/assets`).find((file) => file.endsWith('.js') && existsSync(`${webRoot}/assets/${file}.br`));
    if (!script) return;
    const asset = await t.request('GET', `/assets/${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
