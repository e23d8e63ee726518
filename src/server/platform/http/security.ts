import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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

export async function registerSecurity(app: FastifyInstance, options: { publicUrl: string | undefined; extraImgSources: string[] }): Promise<void> {
  await app.register(cookie);
  await app.register(helmet, {
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
    // HSTS only over TLS: see the onSend hook below.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (req, reply) => {
    if (isSecure(req)) void reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
  await app.register(rateLimit, { global: false });
  app.addHook('preHandler', async (req) => checkOrigin(req, options.publicUrl));
  registerInputGuard(app);
}
