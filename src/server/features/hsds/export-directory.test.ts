import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { exportAll, fixtureCsvFiles, fixtureFile, jsonFile, runImportJob } from './hsds-kit';
import { hsdsValidator } from './hsds-schemas';
import { TABLES } from './tables';

let t: TestApp;
let admin: string;
const SERVICE = 'ac148810-d857-441c-9679-408f346de14b';
const HIDDEN = '6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4c01';
beforeAll(async () => {
  t = await createTestApp({ households: 0, services: 0 });
  admin = await t.signIn('admin@voorbeeld.nl');
  const hidden = { services: [{ id: HIDDEN, name: 'Alleen voor professionals', status: 'active', is_public: false, kind: 'informal', cost: 'free', places_available: 3, waiting_weeks: 2, capacity_updated_at: '2026-01-05T10:00:00.000Z' }] };
  const view = await runImportJob(t, admin, 'apply', [fixtureFile('service_full.json'), ...fixtureCsvFiles(), jsonFile('extra.json', hidden)]);
  expect(view.problems).toEqual([]);
});
afterAll(() => t.close());

describe('full export', () => {
  it('validates against the HSDS schemas and an import into a fresh municipality reproduces it exactly', async () => {
    const first = await exportAll(t, admin);
    for (const spec of TABLES) {
      for (const record of first[spec.key] ?? []) expect(hsdsValidator(spec.object)(record), `${spec.object} ${JSON.stringify(hsdsValidator(spec.object).errors)}`).toBe(true);
    }
    expect(first.services!.find((s) => s.id === HIDDEN)).toMatchObject({ is_public: false, kind: 'informal', places_available: 3, capacity_updated_at: '2026-01-05T10:00:00.000Z' });

    const other = await t.addTenant();
    const otherAdmin = await t.signIn('admin@voorbeeld.nl', { tenant: other });
    const imported = await runImportJob(t, otherAdmin, 'apply', [jsonFile('export.json', first)], other);
    expect(imported.problems).toEqual([]);
    const second = await exportAll(t, otherAdmin, other);
    const ids = new Set(Object.values(first).flat().map((r) => r.id));
    const fromFirst = Object.fromEntries(Object.entries(second).map(([key, rows]) => [key, rows.filter((r) => ids.has(r.id))]));
    expect(fromFirst).toEqual(first);
    // What else the fresh municipality holds is its own default theme taxonomy.
    expect(Object.values(second).flat().filter((r) => !ids.has(r.id)).every((r) => r.taxonomy === 'wijkwijs-themes' || r.name === "Wijkwijs thema's")).toBe(true);
  });

  it('is for administrators only', async () => {
    const coach = await t.signIn('coach@voorbeeld.nl');
    expect((await t.request('GET', '/api/v1/directory-exports', { cookie: coach })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/directory-exports')).statusCode).toBe(401);
  });
});

describe('HSDS 3 API', () => {
  it('answers without sign-in with HSDS pages of public services, valid against the schemas', async () => {
    const root = (await t.request('GET', '/hsds/v3/')).json();
    expect(root).toMatchObject({ version: '3.0', openapi_url: `http://${t.tenant.host}/hsds/v3/openapi.json` });
    const page = (await t.request('GET', '/hsds/v3/services?per_page=1')).json();
    expect(page).toMatchObject({ total_items: 1, total_pages: 1, page_number: 1, size: 1, first_page: true, last_page: true, empty: false });
    expect(page.contents[0].id).toBe(SERVICE);
    const full = (await t.request('GET', `/hsds/v3/services/${SERVICE}`)).json();
    expect(hsdsValidator('service')(full), JSON.stringify(hsdsValidator('service').errors)).toBe(true);
    expect(full.service_at_locations[0].location.addresses[0].id).toBe('74706e55-df26-4b84-80fe-ecc30b5befb4');
    expect(full.organization.id).toBe('d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
    expect((await t.request('GET', `/hsds/v3/services/${HIDDEN}`)).statusCode).toBe(404);
    const empty = (await t.request('GET', '/hsds/v3/services?page=3')).json();
    expect(empty).toMatchObject({ total_items: 1, page_number: 3, size: 0, empty: true, last_page: true, contents: [] });
  });

  it('lists organizations, service at locations, taxonomies and terms with HSDS paths', async () => {
    for (const [path, object] of [['organizations', 'organization'], ['service_at_locations', 'service_at_location'], ['taxonomies', 'taxonomy'], ['taxonomy_terms', 'taxonomy_term'], ['locations', 'location']] as const) {
      const page = (await t.request('GET', `/hsds/v3/${path}`)).json();
      expect(page.total_items, path).toBeGreaterThan(0);
      for (const record of page.contents) expect(hsdsValidator(object)(record), `${path} ${JSON.stringify(hsdsValidator(object).errors)}`).toBe(true);
      const one = await t.request('GET', `/hsds/v3/${path}/${page.contents[0].id}`);
      expect(one.json().id).toBe(page.contents[0].id);
    }
    expect((await t.request('GET', '/hsds/v3/organizations/6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4cff')).statusCode).toBe(404);
    expect((await t.request('GET', '/hsds/v3/services?per_page=0')).statusCode).toBe(400);
  });

  it('serves its own OpenAPI document, and /api/v1/openapi.json does not list /hsds', async () => {
    const doc = (await t.request('GET', '/hsds/v3/openapi.json')).json();
    expect(doc.servers[0].url).toBe(`http://${t.tenant.host}/hsds/v3`);
    expect(Object.keys(doc.paths)).toContain('/services/{id}');
    const api = (await t.request('GET', '/api/v1/openapi.json')).json();
    expect(Object.keys(api.paths).filter((p) => p.includes('hsds'))).toEqual([]);
    expect(Object.keys(api.paths)).toContain('/directory-imports');
  });
});
