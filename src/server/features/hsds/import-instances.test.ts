import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DirectoryImportView } from '../../../contracts/hsds';
import { buildApp } from '../../app';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { generateHsdsDataset } from '../../../../bench/hsds-dataset';
import { failStaleImports, staleImportsJob } from './fail-stale-imports';
import { jsonFile, uploadFile } from './hsds-kit';
import { startHeartbeat } from './import-heartbeat';
import { insertImportJob } from './queries';

let t: TestApp;
let admin: string;
let userId: string;
beforeAll(async () => {
  t = await createTestApp({ households: 0, services: 0 });
  admin = await t.signIn('admin@voorbeeld.nl');
  const [user] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string }>("select id from users where email = 'admin@voorbeeld.nl'"));
  userId = user!.id;
});
afterAll(() => t.close());

const inTenant = <T>(work: Parameters<TestApp['db']['withTenant']>[1]) => t.db.withTenant({ tenantId: t.tenant.id }, work) as Promise<T>;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const heartbeatAge = async (job: string) =>
  (await inTenant<{ age: number }[]>((sql) => sql.query('select extract(epoch from now() - heartbeat_at)::float8 as age from directory_imports where id = $1', [job])))[0]!.age;
const setHeartbeatAge = (job: string, seconds: number) =>
  inTenant((sql) => sql.query("update directory_imports set heartbeat_at = now() - make_interval(secs => $2) where id = $1", [job, seconds]));
const view = async (job: string) => (await t.request('GET', `/api/v1/directory-imports/${job}`, { cookie: admin })).json() as DirectoryImportView;

describe('HSDS imports with several app instances on one database', () => {
  it('fails only a running import whose instance stopped beating, with a message that says so', async () => {
    const job = id(1);
    await inTenant((sql) => insertImportJob(sql, { id: job, mode: 'apply', fileNames: ['sociale-kaart.json'], userId, owner: 'other-instance' }));
    expect(await failStaleImports(t.db, [t.tenant.id])).toBe(0);
    await setHeartbeatAge(job, 90);
    expect(await failStaleImports(t.db, [t.tenant.id])).toBe(0);
    expect((await view(job)).status).toBe('running');

    await setHeartbeatAge(job, 130);
    expect(await failStaleImports(t.db, [t.tenant.id])).toBe(1);
    expect(await view(job)).toMatchObject({ status: 'failed', problemCount: 1, problems: [{ code: 'interrupted' }] });
    expect((await view(job)).finishedAt).not.toBeNull();
    expect(await failStaleImports(t.db, [t.tenant.id])).toBe(0);
  });

  it('fails every running import at once when told nothing else can run it (a PGlite start)', async () => {
    const job = id(9);
    await inTenant((sql) => insertImportJob(sql, { id: job, mode: 'apply', fileNames: ['sociale-kaart.json'], userId, owner: 'stopped-instance' }));
    await setHeartbeatAge(job, 1);
    expect(await failStaleImports(t.db, [t.tenant.id])).toBe(0);
    expect(await failStaleImports(t.db, [t.tenant.id], 0)).toBe(1);
    expect((await view(job)).status).toBe('failed');
  });

  it('does the same every minute through the job runner', async () => {
    const job = id(2);
    await inTenant((sql) => insertImportJob(sql, { id: job, mode: 'preview', fileNames: ['a.json'], userId, owner: 'other-instance' }));
    await setHeartbeatAge(job, 600);
    expect(await inTenant((sql) => staleImportsJob().runForTenant(sql))).toEqual({ failed: 1 });
    const [row] = await t.db.withoutTenant((sql) => sql.query<{ interval_seconds: number }>("select interval_seconds from jobs where name = 'directory_stale_imports'"));
    expect(row).toEqual({ interval_seconds: 60 });
  });

  it('keeps the heartbeat of the owner\'s running import fresh, and only of its own', async () => {
    const job = id(3);
    await inTenant((sql) => insertImportJob(sql, { id: job, mode: 'preview', fileNames: ['a.json'], userId, owner: 'this-instance' }));
    await setHeartbeatAge(job, 600);
    const stopOther = startHeartbeat(t.db, { tenantId: t.tenant.id }, job, 'someone-else', 10);
    await new Promise((next) => setTimeout(next, 100));
    stopOther();
    expect(await heartbeatAge(job)).toBeGreaterThan(500);

    const stop = startHeartbeat(t.db, { tenantId: t.tenant.id }, job, 'this-instance', 10);
    for (let i = 0; i < 100 && (await heartbeatAge(job)) > 60; i += 1) await new Promise((next) => setTimeout(next, 10));
    stop();
    expect(await heartbeatAge(job)).toBeLessThan(60);
    expect(await failStaleImports(t.db, [t.tenant.id])).toBe(0);
  });

  it('a second instance starting on the same database leaves the first one\'s running import alone', async () => {
    let second: FastifyInstance | undefined;
    try {
      const file = await uploadFile(t, admin, jsonFile('sociale-kaart.json', generateHsdsDataset(300, 'instances')));
      const started = await t.request('POST', '/api/v1/directory-imports', { cookie: admin, body: { mode: 'preview', fileIds: [file.id] } });
      expect(started.statusCode).toBe(202);
      const job = (started.json() as DirectoryImportView).id;
      // What main.ts does when another instance starts: build the app, fail the imports whose instance stopped.
      second = await buildApp(t.app.services, { logger: false });
      await second.ready();
      expect(await failStaleImports(t.db, [t.tenant.id])).toBe(0);
      let outcome = await view(job);
      while (outcome.status === 'running') {
        await new Promise((next) => setTimeout(next, 20));
        outcome = await view(job);
      }
      expect(outcome.status).toBe('checked');
      expect(outcome.counts.service).toEqual({ created: 300, updated: 0, unchanged: 0 });
    } finally {
      await second?.close();
    }
  });
});
