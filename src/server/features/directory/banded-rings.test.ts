import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { makeLocation, makeOrganization, makeService } from './directory-kit';
import type { SearchSpec } from './search-queries';
import { allSearchPages, searchSpec } from './search-pages-kit';
import { searchQueryFor } from './search-words';

/**
 * With more matches than candidates a distance search reads rings of locations around the point.
 * Since decision 0024 each ring reads only the band beyond the one before, probing its locations
 * nearest first and stopping once the page is full. On the seeded directory it must return what
 * the whole rings returned (`bandedRings: false`) and what the exact order of all candidates
 * returns (a bound above the number of matches): the same pages, distances and totals, following
 * the cursor, with and without a radius, from points inside and outside the town.
 */
let t: TestApp;
let words: string[];
let theme: string;
const inTown = { latitude: 52.09, longitude: 5.12 };

const spec = (overrides: Partial<SearchSpec>): SearchSpec => searchSpec({ sort: 'distance', limit: 4, ...overrides });
const allPages = (s: SearchSpec) => allSearchPages(t, s);

beforeAll(async () => {
  t = await createTestApp();
  const [row] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ words: string[]; theme: string }>(
    // The directory's own words with more services than the bound below, most common first; the most common theme.
    `select (select array_agg(w order by n desc, w) from (select dw.word as w, count(distinct d.service_id) as n from directory_words dw
              join directory_postings d on d.tenant_id = dw.tenant_id and d.lexeme = dw.lexeme
             where length(dw.word) >= 4 group by dw.word having count(distinct d.service_id) > 5) x) as words,
            (select tt.code from taxonomy_terms tt join attributes at on at.tenant_id = tt.tenant_id and at.taxonomy_term_id = tt.id
              where tt.code is not null group by tt.code order by count(*) desc, tt.code limit 1) as theme`));
  // Common to rare: a spread over the list.
  words = [0, 0.1, 0.3, 0.6, 0.9, 1].map((f) => row!.words[Math.round(f * (row!.words.length - 1))]!);
  theme = row!.theme;
  // Services with several places, some at the same distance (north and south of the point), one
  // place shared, one service without a place: each must show once, at its nearest place.
  const admin = await t.signIn('admin@voorbeeld.nl');
  const org = await makeOrganization(t, admin, 'Stichting Plofbal');
  const at = async (km: number, east = 0) => makeLocation(t, admin, org, `Plek ${km} ${east}`, [inTown.latitude + km / 111.2, inTown.longitude + east / 68.4]);
  const [n1, s1, n2, s2, far, shared] = [await at(0.04), await at(-0.04), await at(0.3), await at(-0.3), await at(12, 5), await at(0.12, 0.1)];
  const places = [[n1, s1], [n2, s2, far], [shared], [shared, far], [n2], [s1, far], [far], [], [await at(2), await at(-0.9, 0.2)], [await at(0.6)]];
  for (const [i, locationIds] of places.entries()) await makeService(t, admin, { organizationId: org, name: `Plofbal ${i}`, locationIds });
  words.push('plofbal');
}, 60_000);
afterAll(() => t.close());

describe('distance search by bands of locations', () => {
  it('returns the same pages as whole rings and as the exact order of all candidates', async () => {
    const outside = { latitude: 52.6, longitude: 4.7 };
    // One after another: a transaction is one connection, which runs one statement at a time.
    const queries = await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
      const found: (string | null)[] = [];
      for (const w of [...words, `${words[0]} ${words[words.length - 1]}`]) found.push(await searchQueryFor(sql, t.tenant.id, w));
      return found;
    });
    const cases: Partial<SearchSpec>[] = [
      ...queries.map((tsquery) => ({ tsquery, origin: inTown })),
      ...queries.slice(0, 2).map((tsquery) => ({ tsquery, origin: inTown, radiusKm: 3 })),
      { tsquery: queries[0]!, origin: outside },
      { tsquery: queries[0]!, origin: outside, radiusKm: 40 },
      { tsquery: queries[1]!, origin: inTown, themes: [theme] },
      { origin: inTown, themes: [theme] },
      { origin: inTown, limit: 9 },
    ];
    let found = 0;
    let rings = 0;
    for (const c of cases) {
      const s = spec({ ...c, candidates: 3 });
      const [banded, whole, exact] = [await allPages(s), await allPages({ ...s, bandedRings: false }), await allPages({ ...s, candidates: 1000 })];
      expect(banded, JSON.stringify(c)).toEqual(whole);
      expect(banded.hits, JSON.stringify(c)).toEqual(exact.hits);
      found += banded.hits.length;
      if (!banded.totalExact) rings++;
    }
    expect(found).toBeGreaterThan(300); // the seeded directory, not empty searches
    expect(rings).toBeGreaterThan(8);
  }, 180_000);
});
