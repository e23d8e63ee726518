import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { makeLocation, makeOrganization, makeService, namesOf, placePostcode } from './directory-kit';
import { searchServiceIds, type SearchHit, type SearchSpec } from './search-queries';
import { searchQueryFor } from './search-words';
import { similarity } from './word-list';

/**
 * A search reads at most CANDIDATES matches (search-queries.ts). Here the bound is lowered so a
 * handful of services reach the paths for "more matches than candidates": the total says "more",
 * distance order (rings of locations) and name order (the name index) stay exact across pages,
 * and relevance keeps name matches first.
 */
let t: TestApp;
let admin: string;
let org: string;
const origin = { latitude: 52.2, longitude: 5.2 };

const spec = (overrides: Partial<SearchSpec>): SearchSpec => ({
  tsquery: null, themes: null, costs: null, languages: null, age: null, districtId: null, neighbourhoodId: null, kind: null,
  openNow: false, hasCapacity: false, origin: null, radiusKm: null, sort: 'relevance', now: new Date('2026-11-26T10:00:00Z'),
  audience: { kind: 'public' }, after: null, limit: 2, ...overrides,
});
const run = (s: SearchSpec) => t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => searchServiceIds(sql, { ...s, tsquery: s.tsquery ? await searchQueryFor(sql, t.tenant.id, s.tsquery) : null }));
/** Every page, following the cursor as the API does. */
async function allPages(s: SearchSpec): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  let after: SearchSpec['after'] = null;
  for (let page = 0; page < 20; page++) {
    const { hits: found } = await run({ ...s, after });
    const shown = found.slice(0, s.limit);
    hits.push(...shown);
    if (found.length <= s.limit) return hits;
    after = { key: shown[shown.length - 1]!.sort_key, id: shown[shown.length - 1]!.id };
  }
  throw new Error('no last page');
}
const nameOf = async (ids: string[]) => {
  const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string; name: string }>('select id, name from services where id = any($1::uuid[])', [ids]));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => names.get(id));
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@voorbeeld.nl');
  org = await makeOrganization(t, admin, 'Stichting Plof');
  await placePostcode(t, '9992QA', origin.latitude, origin.longitude);
  const at = async (name: string, km: number) => makeLocation(t, admin, org, name, [origin.latitude + km / 111.2, origin.longitude]);
  const places = [await at('Hoek', 0.03), await at('Plein', 0.3), await at('Veld', 2), await at('Dijk', 9), await at('Haven', 40)];
  // Named "Zwirrel …" (name matches) and described as zwirrel only (others); one without a place.
  await makeService(t, admin, { organizationId: org, name: 'Zwirrel atelier', locationIds: [places[3]] });
  await makeService(t, admin, { organizationId: org, name: 'Buurtkamer', description: 'Elke week een zwirrel-middag.', locationIds: [places[0]] });
  await makeService(t, admin, { organizationId: org, name: 'Zwirrel club', locationIds: [places[4], places[2]] });
  await makeService(t, admin, { organizationId: org, name: 'Kookles', description: 'Koken na de zwirrel.', locationIds: [places[1]] });
  await makeService(t, admin, { organizationId: org, name: 'Zwirrel thuis', description: 'Zwirrel aan huis, zonder vaste plek.' });
  await makeService(t, admin, { organizationId: org, name: 'Zwirrel plein', locationIds: [places[1]] });
}, 60_000);
afterAll(() => t.close());

describe('directory search with more matches than candidates', () => {
  it('counts exactly up to the bound and says "more" beyond it', async () => {
    expect(await run(spec({ tsquery: 'zwirrel' }))).toMatchObject({ total: 6, totalExact: true });
    expect(await run(spec({ tsquery: 'zwirrel', candidates: 3 }))).toMatchObject({ total: 3, totalExact: false });
    expect(await run(spec({ tsquery: 'zwirrel', candidates: 6 }))).toMatchObject({ total: 6, totalExact: true });
    const page = await t.request('GET', '/api/v1/public/services?q=zwirrel&limit=2');
    expect(page.json()).toMatchObject({ total: 6, totalExact: true });
    expect(namesOf(page.json())).toHaveLength(2);
  });

  it('sorts by distance across pages exactly as without a bound (rings of locations), places last', async () => {
    const exact = await allPages(spec({ tsquery: 'zwirrel', origin, sort: 'distance' }));
    expect(await nameOf(exact.map((h) => h.id))).toEqual(['Buurtkamer', 'Kookles', 'Zwirrel plein', 'Zwirrel club', 'Zwirrel atelier', 'Zwirrel thuis']);
    const rings = await allPages(spec({ tsquery: 'zwirrel', origin, sort: 'distance', candidates: 2 }));
    expect(rings.map((h) => h.id)).toEqual(exact.map((h) => h.id));
    expect(rings.map((h) => h.distance_km === null ? null : Math.round(h.distance_km * 100))).toEqual(exact.map((h) => h.distance_km === null ? null : Math.round(h.distance_km * 100)));
    // Within a radius: the same rings, stopping at the radius.
    const near = await allPages(spec({ tsquery: 'zwirrel', origin, sort: 'distance', radiusKm: 5, candidates: 1 }));
    expect(await nameOf(near.map((h) => h.id))).toEqual(['Buurtkamer', 'Kookles', 'Zwirrel plein', 'Zwirrel club']);
  });

  it('sorts by name across pages exactly as without a bound (the name index)', async () => {
    const exact = await allPages(spec({ tsquery: 'zwirrel', sort: 'name' }));
    expect(await nameOf(exact.map((h) => h.id))).toEqual(['Buurtkamer', 'Kookles', 'Zwirrel atelier', 'Zwirrel club', 'Zwirrel plein', 'Zwirrel thuis']);
    expect((await allPages(spec({ tsquery: 'zwirrel', sort: 'name', candidates: 2 }))).map((h) => h.id)).toEqual(exact.map((h) => h.id));
  });

  it('ranks name matches first, also among a bounded set of candidates', async () => {
    const named = (name: string | undefined) => name?.startsWith('Zwirrel') ?? false;
    const all = await nameOf((await allPages(spec({ tsquery: 'zwirrel' }))).map((h) => h.id));
    expect(all.slice(0, 4).every(named)).toBe(true);
    expect(all.slice(4).sort()).toEqual(['Buurtkamer', 'Kookles']);
    const bounded = await nameOf((await allPages(spec({ tsquery: 'zwirrel', candidates: 4 }))).map((h) => h.id));
    expect(bounded).toHaveLength(5);
    expect(bounded.findIndex((n) => !named(n))).toBeGreaterThanOrEqual(bounded.filter(named).length);
  });
});

describe('typo look-up from the word list in the process', () => {
  it('scores words as pg_trgm does', async () => {
    const pairs = [['huiswerkbegeleding', 'huiswerkbegeleiding'], ['zwemles', 'zwemmen'], ['a', 'ab'], ['voetbal', 'voetballen'], ['abc', 'xyz'], ['taalcafe', 'taalcafes'], ['2026', '2025']];
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ s: number }>('select similarity(a, b) as s from unnest($1::text[], $2::text[]) as p(a, b)', [pairs.map((p) => p[0]), pairs.map((p) => p[1])]));
    expect(pairs.map(([a, b]) => Math.fround(similarity(a!, b!)))).toEqual(rows.map((r) => Math.fround(r.s)));
  });

  it('knows the words of a service written after the list was loaded', async () => {
    expect(namesOf((await t.request('GET', '/api/v1/public/services?q=zwirrel%20klompenmakerij')).json())).toEqual([]);
    await makeService(t, admin, { organizationId: org, name: 'Zwirrel klompenmakerij', description: 'Klompen maken.' });
    const typo = (await t.request('GET', '/api/v1/public/services?q=klompenmakrij')).json();
    expect(namesOf(typo)).toEqual(['Zwirrel klompenmakerij']);
  });
});
