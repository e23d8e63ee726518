import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { demoTenantExists } from './demo-exists';
import { seedDemoIfEmpty } from './seed-demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 30 });
});
afterAll(() => t.close());

const count = (table: string) =>
  t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ n: number }>(`select count(*)::int as n from ${table}`)).then((r) => r[0]!.n);

describe('demo seed', () => {
  it('builds Gemeente Voorbeeld: 3 districts, 9 neighbourhoods, 2 teams, an account for every role', async () => {
    expect(await count('districts')).toBe(3);
    expect(await count('neighbourhoods')).toBe(9);
    expect(await count('teams')).toBe(2);
    const roles = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ role: string }>("select distinct unnest(roles) as role from users where email like '%@voorbeeld.nl'"));
    expect(roles.map((r) => r.role).sort()).toEqual(['admin', 'analyst', 'client', 'coach', 'initiative_host', 'outreach', 'provider', 'safety_officer', 'signaller', 'specialist', 'team_lead']);
    expect(await count('households')).toBe(30);
  });

  it('gives every active household exactly one coordinator and keeps the waiting ones without', async () => {
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ status: string; coordinators: number }>(
        "select h.status, (select count(*)::int from case_members cm where cm.household_id = h.id and cm.role = 'coordinator') as coordinators from households h",
      ),
    );
    for (const row of rows) expect(row.coordinators).toBe(row.status === 'waiting' ? 0 : 1);
  });

  it('does nothing on a second start', async () => {
    const again = await seedDemoIfEmpty(t.db, { slug: t.tenant.slug });
    expect(again).toEqual({ seeded: false, tenantId: t.tenant.id, households: 0 });
    expect(await count('households')).toBe(30);
  });

  it('tells a start whether the demo is there, so a cold start need not load the seed code', async () => {
    expect(await demoTenantExists(t.db, t.tenant.slug)).toBe(true);
    expect(await demoTenantExists(t.db, `not-${t.tenant.slug}`)).toBe(false);
  });
});
