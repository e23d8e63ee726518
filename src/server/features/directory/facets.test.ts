import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { expectOk, makeOrganization, makeService } from './directory-kit';
import { allSearchPages, searchSpec } from './search-pages-kit';

/**
 * A filter-only search by name reads its filters' services from directory_facets (decision 0027),
 * a copy the app keeps of each service's themes, languages and opening hours, in name order. If a
 * write left it behind, the search would miss or misplace a service. After each kind of write the
 * table must equal what the live tables give (directory_service_facets), and the search follows.
 */
let t: TestApp;
let admin: string;
// Monday 30 November 2026, 10:30 in Amsterdam.
const monday = new Date('2026-11-30T09:30:00Z');

/** The facets the live tables give, and the facets stored, each as sorted `facet name service` lines. */
async function facetsNowAndStored(): Promise<[string[], string[]]> {
  return t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
    const derived = await sql.query<{ l: string }>(
      `select f.facet || ' ' || s.name_key || ' ' || f.service_id as l from directory_service_facets f
         join services s on s.tenant_id = f.tenant_id and s.id = f.service_id where f.tenant_id = app_tenant_id() order by 1`);
    const stored = await sql.query<{ l: string }>(`select f.facet || ' ' || f.name_key || ' ' || f.service_id as l from directory_facets f where f.tenant_id = app_tenant_id() order by 1`);
    return [derived.map((r) => r.l), stored.map((r) => r.l)];
  });
}

/** Names found by a filter-only staff search (approved entries), by name, two per page. */
async function found(filters: Parameters<typeof searchSpec>[0]): Promise<string[]> {
  const result = await allSearchPages(t, searchSpec({ ...filters, sort: 'name', limit: 2, now: monday }));
  const names = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string; name: string }>('select id, name from services where id = any($1::uuid[])', [result.hits.map((h) => h.id)]));
  return result.hits.map((h) => names.find((n) => n.id === h.id)!.name).filter((n) => n.startsWith('Facet'));
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@voorbeeld.nl');
}, 60_000);
afterAll(() => t.close());

describe('directory facets', () => {
  it('follow every write of a service: created, themes, languages, schedules and name changed, stopped', async () => {
    const check = async () => {
      const [now, stored] = await facetsNowAndStored();
      expect(stored).toEqual(now);
    };
    await check(); // the seeded directory
    const org = await makeOrganization(t, admin, 'Stichting Facetten');
    const schedule = { weekdays: ['MO'], opensAt: '10:00', closesAt: '12:00' };
    const a = await makeService(t, admin, { organizationId: org, name: 'Facet anker', themes: ['opvoeden'], languages: ['fy'], schedules: [schedule] });
    const b = await makeService(t, admin, { organizationId: org, name: 'Facet boei', themes: ['opvoeden', 'geld'], languages: ['fy', 'nl'] });
    const c = await makeService(t, admin, { organizationId: org, name: 'Facet che', themes: ['geld'], languages: ['fy'], schedules: [schedule] });
    await check();
    expect(await found({ themes: ['opvoeden'], languages: ['fy'] })).toEqual(['Facet anker', 'Facet boei']);
    expect(await found({ languages: ['fy'], openNow: true })).toEqual(['Facet anker', 'Facet che']);

    // B moves to geld only and opens on Monday mornings; A closes before 10:30.
    expectOk(await t.request('PATCH', `/api/v1/services/${b.id}`, { cookie: admin, body: { themes: ['geld'], schedules: [schedule] }, headers: { 'if-match': `W/"${b.version}"` } }));
    expectOk(await t.request('PATCH', `/api/v1/services/${a.id}`, { cookie: admin, body: { schedules: [{ ...schedule, closesAt: '10:15' }] }, headers: { 'if-match': `W/"${a.version}"` } }));
    await check();
    expect(await found({ themes: ['opvoeden'], languages: ['fy'] })).toEqual(['Facet anker']);
    expect(await found({ themes: ['geld'], languages: ['fy'], openNow: true })).toEqual(['Facet boei', 'Facet che']);
    // A still has the facet of Monday 10:00-11:00, but is closed at 10:30: the opening hours are checked again.
    expect(await found({ languages: ['fy'], openNow: true })).toEqual(['Facet boei', 'Facet che']);

    // C is renamed to the front of the list and drops Frisian.
    expectOk(await t.request('PATCH', `/api/v1/services/${c.id}`, { cookie: admin, body: { name: 'Facet aap', languages: ['nl'] }, headers: { 'if-match': `W/"${c.version}"` } }));
    await check();
    expect(await found({ themes: ['geld'], languages: ['nl'] })).toEqual(['Facet aap', 'Facet boei']);
    expect(await found({ themes: ['geld'], languages: ['fy'] })).toEqual(['Facet boei']);

    // A service that stopped keeps its facets and is not found: the services are checked for what the facets do not say.
    expectOk(await t.request('PATCH', `/api/v1/services/${a.id}`, { cookie: admin, body: { status: 'defunct' }, headers: { 'if-match': `W/"${a.version + 1}"` } }));
    await check();
    expect(await found({ languages: ['fy'] })).toEqual(['Facet boei']);
  });
});
