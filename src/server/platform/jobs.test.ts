import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { runDueJob, startJobRunner, type Job } from './jobs';
import { purgeExpiredCredentialsJob } from './purge-credentials-job';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 1 });
});
afterAll(() => t.close());

describe('purge_expired_credentials job', () => {
  it('deletes ended sessions and used links, keeps live ones, and reschedules itself', async () => {
    const live = await t.signIn('coach@voorbeeld.nl');
    await t.signIn('coach@voorbeeld.nl');
    await t.request('POST', '/api/v1/password-reset-requests', { body: { email: 'coach@voorbeeld.nl' } });
    await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
      await sql.query("update sessions set expires_at = now() - interval '1 minute' where id = (select id from sessions order by id desc limit 1)");
      await sql.query("update password_tokens set expires_at = now() - interval '1 minute'");
    });
    await t.db.withoutTenant((sql) => sql.query("update jobs set next_run_at = now() - interval '1 second', locked_until = null"));

    const done = await runDueJob(t.db, [purgeExpiredCredentialsJob(30)]);
    expect(done?.name).toBe('purge_expired_credentials');
    expect(done!.result.sessions).toBeGreaterThanOrEqual(1);
    expect(done!.result.links).toBeGreaterThanOrEqual(1);
    expect((await t.request('GET', '/api/v1/me', { cookie: live })).statusCode).toBe(200);

    // Not due again until its interval has passed.
    expect(await runDueJob(t.db, [purgeExpiredCredentialsJob(30)])).toBeNull();
  });
});

describe('job runner', () => {
  it('stop() waits for the job in progress, claims no other, and the job is not left locked', async () => {
    let release: () => void = () => undefined;
    const started: string[] = [];
    const slow = (name: string): Job => ({
      name,
      async runForTenant() {
        started.push(name);
        if (started.length === 1) await new Promise<void>((done) => { release = done; });
        return { ran: 1 };
      },
    });
    const jobs = [slow('purge_expired_credentials'), slow('end_signal_match_registrations')];
    await t.db.withoutTenant((sql) => sql.query("update jobs set next_run_at = now() - interval '1 second', locked_until = null"));
    const errors: unknown[] = [];
    const log = { info: () => undefined, error: (e: unknown) => errors.push(e) } as unknown as Parameters<typeof startJobRunner>[2];
    const stop = startJobRunner(t.db, jobs, log, 3_600_000);
    await expect.poll(() => started.length).toBe(1);
    let stoppedAt = 0;
    const stopping = stop().then(() => { stoppedAt = started.length; });
    await new Promise((done) => setTimeout(done, 50));
    expect(stoppedAt).toBe(0);
    release();
    await stopping;
    expect(new Set(started).size).toBe(1); // the one job ran for every tenant; the other due job was not claimed
    expect(errors).toEqual([]);
    const rows = await t.db.withoutTenant((sql) => sql.query<{ locked: boolean }>('select locked_until is not null as locked from jobs where name = $1', [started[0]]));
    expect(rows[0]?.locked).toBe(false);
  });
});
