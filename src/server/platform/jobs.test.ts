import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { runDueJob } from './jobs';
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
