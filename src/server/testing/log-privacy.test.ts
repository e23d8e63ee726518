import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../features/auth/public-tenant';
import { withActor } from '../platform/http/context';
import { newId } from '../platform/ids';
import { createCaseFixture, FIXTURE_BSN, send, signInAt, type RawRequest } from './api-fixtures';
import { createTestApp, type TestApp } from './test-app';

/**
 * The server log (pino, at trace level, with the production serializers) carries request ids,
 * methods, paths and statuses, and never what people typed: e-mail addresses, passwords, search
 * terms, a BSN, session tokens, IP addresses, or the values in a failing SQL statement.
 */
const lines: string[] = [];
const stream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(chunk.toString('utf8'));
    done();
  },
});

const CLIENT_IP = '203.0.113.77';
const WRONG_PASSWORD = 'Fout-Wachtwoord-8841';
const UNKNOWN_EMAIL = 'jan.jansen@example.org';
const FAMILY = 'Vlietenbroek';
const REQUEST_ID_HEADER = 'x-test-request-id';

let t: TestApp;
let coach: string;
const responses: LightMyRequestResponse[] = [];

async function call(request: RawRequest): Promise<LightMyRequestResponse> {
  const response = await send(t, { ip: CLIENT_IP, ...request });
  responses.push(response);
  return response;
}

beforeAll(async () => {
  t = await createTestApp({
    logger: { level: 'trace', stream },
    beforeReady(app) {
      // The test needs each request's id to find it in the log.
      app.addHook('onSend', async (req, reply) => {
        void reply.header(REQUEST_ID_HEADER, req.id);
      });
      // A handler with a bug: its SQL fails on the database with a person's name as a parameter.
      app.post('/api/v1/log-privacy-failures', { schema: { hide: true } }, async (req) =>
        withActor(req, (sql) => sql.query('select 1 / 0 as broken, $1::text as name', [(req.body as { name: string }).name])),
      );
    },
  });
  coach = await signInAt(t, 'coach@voorbeeld.nl', { ip: CLIENT_IP });
  await createCaseFixture(t, coach, FAMILY);
});
afterAll(() => t.close());

describe('the server log', () => {
  it('keeps personal data, credentials and addresses out, also of failed requests', async () => {
    const statuses = [
      (await call({ method: 'POST', url: '/api/v1/sessions', body: { email: 'coach@voorbeeld.nl', password: WRONG_PASSWORD } })).statusCode,
      (await call({ method: 'POST', url: '/api/v1/sessions', body: { email: UNKNOWN_EMAIL, password: DEMO_PASSWORD } })).statusCode,
      (await call({ method: 'POST', url: '/api/v1/sessions', payload: `{"email":"${UNKNOWN_EMAIL}","password":`, headers: { 'content-type': 'application/json' } })).statusCode,
      (await call({ method: 'GET', url: `/api/v1/households?q=${FAMILY}&bsn=${FIXTURE_BSN}`, cookie: coach })).statusCode,
      (await call({ method: 'GET', url: `/api/v1/households?q=${FAMILY}&limit=veel`, cookie: coach })).statusCode,
      (await call({ method: 'GET', url: `/api/v1/households/${newId()}?bsn=${FIXTURE_BSN}`, cookie: coach })).statusCode,
      (await call({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${WRONG_PASSWORD}` } })).statusCode,
      (await call({ method: 'POST', url: '/api/v1/password-reset-requests', body: { email: UNKNOWN_EMAIL } })).statusCode,
      (await call({ method: 'POST', url: '/api/v1/log-privacy-failures', cookie: coach, body: { name: `Ingrid ${FAMILY}` } })).statusCode,
    ];
    expect(statuses).toEqual([401, 401, 400, 200, 400, 404, 401, 202, 500]);

    const log = lines.join('');
    const token = coach.split('=')[1]!;
    for (const secret of ['coach@voorbeeld.nl', UNKNOWN_EMAIL, DEMO_PASSWORD, WRONG_PASSWORD, FAMILY, FIXTURE_BSN, token, CLIENT_IP])
      expect(log.toLowerCase(), `the log contains ${secret}`).not.toContain(secret.toLowerCase());
  });

  it('carries the request id, method, path and status of every request', () => {
    const entries = lines.map((line) => JSON.parse(line) as { reqId?: string; req?: { method: string; path: string }; res?: { statusCode: number } });
    for (const response of responses) {
      const id = String(response.headers[REQUEST_ID_HEADER]);
      const own = entries.filter((e) => e.reqId === id);
      expect(own.find((e) => e.req)?.req, id).toMatchObject({ method: expect.any(String), path: expect.stringMatching(/^\/api\/v1\//) });
      expect(own.find((e) => e.res)?.res, id).toEqual({ statusCode: response.statusCode });
    }
  });

  it('logs a server failure with what it takes to find it (SQLSTATE, routine, statement), not its values', () => {
    const failure = lines.map((line) => JSON.parse(line) as { msg?: string; failure?: Record<string, unknown> }).find((e) => e.msg === 'request failed');
    expect(failure?.failure).toMatchObject({ type: 'DatabaseError', code: '22012', routine: expect.any(String) });
    // PGlite's errors also carry the statement text (without its values); the pg driver's do not.
    if (t.db.kind === 'pglite') expect(failure?.failure?.query).toBe('select 1 / 0 as broken, $1::text as name');
    expect(JSON.stringify(failure)).not.toContain('params');
  });
});

describe('a 5xx answer', () => {
  it('says something went wrong and nothing about how', async () => {
    const response = await call({ method: 'POST', url: '/api/v1/log-privacy-failures', cookie: coach, body: { name: 'Ingrid' } });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toEqual({
      type: 'urn:wijkwijs:problem:internal_error', title: 'Something went wrong on our side', status: 500,
      detail: 'Something went wrong on our side', instance: '/api/v1/log-privacy-failures', code: 'internal_error',
    });
    expect(response.body).not.toMatch(/select|division|22012|stack|\bat \w|Ingrid/i);
  });
});
