import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 40 });
});
afterAll(() => t.close());

describe('demo referrals', () => {
  it('has referrals in every status, each resting on a consent, with its steps in order', async () => {
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ status: string; steps: string[]; consent_ok: boolean }>(
        `select r.status, array_agg(e.to_status order by e.occurred_at) as steps, bool_and(c.person_id = r.person_id) as consent_ok
           from referrals r join referral_events e on e.referral_id = r.id join consents c on c.id = r.consent_id group by r.id, r.status`,
      ),
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'sent', 'accepted', 'declined', 'in_progress', 'completed', 'not_completed', 'cancelled', 'expired']));
    for (const row of rows) {
      expect(row.steps.at(-1)).toBe(row.status);
      expect(row.consent_ok).toBe(true);
    }
  });

  it('fills the demo provider\'s inbox with only what was shared', async () => {
    const provider = await t.signIn('provider@voorbeeld.nl');
    const inbox = (await t.request('GET', '/api/v1/referrals?limit=100', { cookie: provider })).json().items as { status: string; shared: { name?: string } | null; personName: string | null }[];
    expect(inbox.length).toBeGreaterThanOrEqual(8);
    expect(inbox.some((r) => r.status === 'draft')).toBe(false);
    expect(inbox.every((r) => r.personName === null && r.shared?.name)).toBe(true);
  });
});
