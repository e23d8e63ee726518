import type { IncomingMessage, ServerResponse } from 'node:http';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { AppError } from '../errors';
import { SESSION_COOKIE } from '../sessions';
import { registerInputGuard } from './input-guard';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isSecure(req: FastifyRequest): boolean {
  return req.protocol === 'https';
}

/**
 * A state-changing request from a browser must come from our own origin. Requests that carry the
 * session cookie must say where they come from (Origin, or Referer as a fallback).
 */
export function checkOrigin(req: FastifyRequest, publicUrl: string | undefined): void {
  if (!UNSAFE_METHODS.has(req.method)) return;
  const origin = req.headers.origin ?? (req.headers.referer ? safeOrigin(req.headers.referer) : undefined);
  const expected = publicUrl ? new URL(publicUrl).origin : `${req.protocol}://${req.headers.host ?? ''}`;
  if (origin === undefined) {
    if (req.cookies[SESSION_COOKIE]) throw new AppError('origin_mismatch', { detail: 'The request did not say where it came from.' });
    return;
  }
  if (origin !== expected) throw new AppError('origin_mismatch');
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

/** Sent over TLS only: a browser that saw it over plain HTTP would ignore it anyway. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The headers helmet sets for `options`. None depends on the request, so they are worked out once
 * at start and copied onto every reply. (@fastify/helmet builds the helmet middleware again for
 * every request and sets each header on the raw response: a sixth of the server's own CPU on a
 * route that does nothing else.)
 */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error) => {
    if (error) throw error;
  });
  return headers;
}

export async function registerSecurity(app: FastifyInstance, options: { publicUrl: string | undefined; extraImgSources: string[] }): Promise<void> {
  await app.register(cookie);
  const headers = securityHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', ...options.extraImgSources],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  // In onRequest, so that every answer has them: errors, 404s and files too.
  app.addHook('onRequest', (req, reply, done) => {
    void reply.headers(headers);
    if (isSecure(req)) void reply.header('Strict-Transport-Security', HSTS);
    done();
  });
  await app.register(rateLimit, { global: false });
  app.addHook('preHandler', (req, _reply, done) => {
    checkOrigin(req, options.publicUrl);
    done();
  });
  registerInputGuard(app);
}
