import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, signInAt } from '../testing/api-fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 4 });
});
afterAll(() => t.close());

describe('demo seed: outreach and signal matching', () => {
  it('logs outreach in all nine neighbourhoods over recent months', async () => {
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ neighbourhoods: number; months: number; collective: number }>(
        `select count(distinct neighbourhood_id)::int as neighbourhoods, count(distinct date_trunc('month', started_at))::int as months,
                count(*) filter (where activity_kind = 'collective')::int as collective from outreach_logs`,
      ),
    );
    expect(rows[0]!.neighbourhoods).toBe(9);
    expect(rows[0]!.months).toBeGreaterThanOrEqual(5);
    expect(rows[0]!.collective).toBeGreaterThan(0);
  });

  it('has two signal matches, one of them about the demo client Noah', async () => {
    const outreach = await signInAt(t, 'outreach@voorbeeld.nl');
    const matches = await ok<{ items: { others: { organisationName: string }[] }[] }>(t, { method: 'GET', url: '/api/v1/signal-matches', cookie: outreach });
    expect(matches.items.map((g) => g.others.map((o) => o.organisationName)).sort()).toEqual([['Het Baken College'], ['Wijkteam Noord']]);
    const client = await signInAt(t, 'client@voorbeeld.nl');
    const about = await ok<{ items: unknown[] }>(t, { method: 'GET', url: '/api/v1/me/signal-match-registrations', cookie: client });
    expect(about.items).toHaveLength(2);
  });
});
