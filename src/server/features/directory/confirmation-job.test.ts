import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../platform/mail';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { runConfirmationSteps } from './confirmation-job';
import { expectOk, makeService } from './directory-kit';

let t: TestApp;
let host: string, coach: string;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  [host, coach] = await Promise.all([t.signIn('initiative_host@voorbeeld.nl'), t.signIn('coach@voorbeeld.nl')]);
}, 60_000);
afterAll(() => t.close());

const run = (daysAhead: number) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
  runConfirmationSteps(sql, t.tenant.id, createMailer({ smtpUrl: undefined, from: 'test@wijkwijs.local' }), new Date(Date.now() + daysAhead * DAY)));
const mails = () => t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
  sql.query<{ subject: string }>(`select subject from outbox_messages where recipient = 'initiative_host@voorbeeld.nl' and subject like '%Moestuin Klaproos%' order by created_at`));

describe('confirmation of informal entries (moved clock)', () => {
  it('reminds, flags at 6 months, reminds, hides at 9 months; confirming starts over', async () => {
    const entry = await makeService(t, host, { kind: 'informal', name: 'Moestuin Klaproos', description: 'Samen tuinieren met buren en kinderen.', themes: ['ontmoeten'] });
    expectOk(await t.request('PUT', `/api/v1/services/${entry.id}/moderation`, { cookie: coach, body: { state: 'approved' } }));
    const publicly = async () => (await t.request('GET', `/api/v1/public/services/${entry.id}`)).statusCode;
    const flagged = async () => (await t.request('GET', `/api/v1/services/${entry.id}`, { cookie: host })).json().flagged as boolean;

    expect((await run(160)).flag_reminder).toBe(0);
    expect(await run(170)).toMatchObject({ flag_reminder: 1, flag: 0 });
    expect(await mails()).toHaveLength(1);
    expect(await run(171)).toMatchObject({ flag_reminder: 0, flag: 0 });
    expect(await run(184)).toMatchObject({ flag: 1 });
    expect(await flagged()).toBe(true);
    expect(await publicly()).toBe(200);
    expect(await run(262)).toMatchObject({ hide_reminder: 1, hide: 0 });
    expect(await run(275)).toMatchObject({ hide: 1 });
    expect(await publicly()).toBe(404);
    expect((await mails()).map((m) => m.subject)).toEqual([expect.stringContaining('binnen twee weken'), expect.stringContaining('verdwijnt')]);

    expectOk(await t.request('POST', `/api/v1/services/${entry.id}/confirmations`, { cookie: host }), 201);
    expect(await publicly()).toBe(200);
    expect(await flagged()).toBe(false);
    expect(await run(100)).toMatchObject({ flag_reminder: 0, flag: 0, hide: 0 });
  });
});
