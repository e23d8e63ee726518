import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t.close());

const one = async <T>(text: string) => (await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<T>(text)))[0]!;

describe('demo directory seed', () => {
  it('has 250 services, a third informal, with places, hours, themes and the demo keepers', async () => {
    const totals = await one<{ services: number; informal: number; pending: number; located: number; scheduled: number; themed: number }>(
      `select count(*)::int as services, count(*) filter (where kind = 'informal')::int as informal, count(*) filter (where moderation_state = 'pending')::int as pending,
              count(*) filter (where exists (select 1 from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
                                              where x.tenant_id = s.tenant_id and x.service_id = s.id and l.latitude is not null))::int as located,
              count(*) filter (where exists (select 1 from schedules sc where sc.tenant_id = s.tenant_id and sc.service_id = s.id))::int as scheduled,
              count(*) filter (where exists (select 1 from attributes a where a.tenant_id = s.tenant_id and a.link_id = s.id))::int as themed
         from services s`);
    expect(totals).toMatchObject({ services: 250, informal: 83, located: 250, scheduled: 250, themed: 250 });
    expect(totals.pending).toBeGreaterThan(0);
    const keepers = await one<{ provider: number; host: number }>(
      `select (select count(*)::int from services s join organization_members m on m.tenant_id = s.tenant_id and m.organization_id = s.organization_id
                 join users u on u.tenant_id = m.tenant_id and u.id = m.user_id where u.email = 'provider@voorbeeld.nl') as provider,
              (select count(*)::int from services s join users u on u.tenant_id = s.tenant_id and u.id = s.owner_user_id where u.email = 'initiative_host@voorbeeld.nl') as host`);
    expect(keepers.provider).toBeGreaterThanOrEqual(5);
    expect(keepers.host).toBeGreaterThanOrEqual(5);
    const points = await one<{ missing: number }>('select count(*)::int as missing from postcode_areas p where not exists (select 1 from postcode_points pp where pp.tenant_id = p.tenant_id and pp.postcode = p.postcode)');
    expect(points.missing).toBe(0);
  });

  it('is found by the public search', async () => {
    const page = (await t.request('GET', '/api/v1/public/services?q=huiswerkbegeleding')).json();
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0].name).toMatch(/^Huiswerkbegeleiding /);
  });
});
