import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacedLoad } from './paced-load';

// What the steady run sends and counts; never how fast (tests do not judge timings).
let server: Server;
let base = '';
const seen: { path: string; body: string; cookie: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', body, cookie: req.headers.cookie });
      res.statusCode = req.url === '/missing' ? 404 : 200;
      res.end('ok');
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

describe('paced load (the steady run of latency budgets)', () => {
  it('sends rate × duration requests, the sequence in turn, with the headers, and counts 2xx and others apart', async () => {
    seen.length = 0;
    const result = await pacedLoad({ url: `${base}/a`, path: '/a', method: 'GET', sequence: ['/a', '/b', '/missing'], headers: { cookie: 'wijkwijs_session=x' }, connections: 2, duration: 0.3, overallRate: 20 });
    expect(seen.map((s) => s.path)).toEqual(['/a', '/b', '/missing', '/a', '/b', '/missing']);
    expect(seen.every((s) => s.cookie === 'wijkwijs_session=x')).toBe(true);
    expect(result).toMatchObject({ completedRequests: 6, ok2xx: 4, non2xx: 2, statusCodes: { 200: 4, 404: 2 }, errors: 0, timeouts: 0 });
    expect(Number.isFinite(result.latencyMs.p95)).toBe(true);
  });

  it('puts a fresh value for the unique token into every body', async () => {
    seen.length = 0;
    await pacedLoad({ url: `${base}/signal`, path: '/signal', method: 'POST', body: '{"id":"TOKEN"}', uniqueToken: 'TOKEN', headers: { 'content-type': 'application/json' }, connections: 1, duration: 0.2, overallRate: 15 });
    const ids = seen.map((s) => (JSON.parse(s.body) as { id: string }).id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  });

  it('counts a refused connection as an error and still ends', async () => {
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const result = await pacedLoad({ url: `http://127.0.0.1:${port}/`, path: '/', method: 'GET', headers: {}, connections: 1, duration: 0.1, overallRate: 20 });
    expect(result).toMatchObject({ completedRequests: 0, errors: 2 });
  });
});
