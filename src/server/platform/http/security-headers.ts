import type { FastifyInstance } from 'fastify';

/**
 * The response headers that keep browsers strict, the values helmet 8 sends by default plus our
 * content security policy. None depends on the request, so they are built once at start-up:
 * `@fastify/helmet` built helmet's twelve middlewares again (and re-parsed the policy) on every
 * request. HSTS is apart: only over TLS (see `registerSecurity`).
 */
export function securityHeaders(extraImgSources: string[]): Record<string, string> {
  const policy = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', ...extraImgSources],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return {
    'content-security-policy': Object.entries(policy).map(([directive, sources]) => `${directive} ${sources.join(' ')}`).join(';'),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    // The browsers' old XSS auditor did more harm than good; 0 turns it off where it still exists.
    'x-xss-protection': '0',
  };
}

/** Sends the fixed security headers on every response, errors and not-found answers included. */
export function registerSecurityHeaders(app: FastifyInstance, extraImgSources: string[]): void {
  const headers = securityHeaders(extraImgSources);
  app.addHook('onRequest', (_req, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
