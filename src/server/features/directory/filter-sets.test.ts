import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { searchServiceIds, type SearchHit, type SearchResult, type SearchSpec } from './search-queries';

/**
 * A filter-only search with two or more of themes, languages and open now starts from the
 * intersection of those filters' service ids (decision 0018). On the seeded directory it must
 * return what the scan of services returns: the same pages, sort keys, distances and totals, by
 * name and by distance, with the usual bound on candidates and with one low enough to reach the
 * paths for "more matches than candidates".
 */
let t: TestApp;
let themes: string[];
let languages: string[];
const origin = { latitude: 52.09, longitude: 5.12 };

const spec = (overrides: Partial<SearchSpec>): SearchSpec => ({
  tsquery: null, themes: null, costs: null, languages: null, age: null, districtId: null, neighbourhoodId: null, kind: null,
  openNow: false, hasCapacity: false, origin: null, radiusKm: null, sort: 'relevance', now: new Date('2026-11-25T15:00:00Z'),
  audience: { kind: 'public' }, after: null, limit: 7, ...overrides,
});
const run = (s: SearchSpec) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => searchServiceIds(sql, s));
/** Every page, following the cursor as the API does, and the first page's total. */
async function allPages(s: SearchSpec): Promise<{ hits: SearchHit[]; total: number; totalExact: boolean }> {
  const first = await run(s);
  const hits: SearchHit[] = [];
  let after: SearchSpec['after'] = null;
  for (let page = 0; page < 200; page++) {
    const { hits: found }: SearchResult = page === 0 ? first : await run({ ...s, after });
    const shown: SearchHit[] = found.slice(0, s.limit);
    hits.push(...shown);
    if (found.length <= s.limit) return { hits, total: first.total, totalExact: first.totalExact };
    after = { key: shown[shown.length - 1]!.sort_key, id: shown[shown.length - 1]!.id };
  }
  throw new Error('no last page');
}

beforeAll(async () => {
  t = await createTestApp();
  const [row] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ themes: string[]; languages: string[] }>(
    `select (select array_agg(distinct tt.code) from taxonomy_terms tt join attributes at on at.tenant_id = tt.tenant_id and at.taxonomy_term_id = tt.id where tt.code is not null) as themes,
            (select array_agg(distinct lower(code)) from languages where service_id is not null) as languages`));
  themes = row!.themes;
  languages = row!.languages;
}, 60_000);
afterAll(() => t.close());

describe('filter-only search from the intersection of filter tables', () => {
  it('returns the same pages as the scan of services', async () => {
    const nl = languages.includes('nl') ? 'nl' : languages[0]!;
    const others = languages.filter((l) => l !== nl);
    const combos: Partial<SearchSpec>[] = [
      ...themes.flatMap((theme) => [{ themes: [theme], openNow: true }, { themes: [theme], languages: [nl] }]),
      ...others.map((language) => ({ themes: themes.slice(0, 2), languages: [language] })),
      ...others.map((language) => ({ languages: [language], openNow: true })),
      { themes: themes.slice(0, 3), languages: [nl, others[0]!], openNow: true, age: 9 },
      { themes: [themes[0]!], languages: [nl], costs: ['free'], hasCapacity: true, kind: 'formal' as const },
      { themes: [themes[0]!], languages: [nl], origin, sort: 'distance' as const, radiusKm: 20 },
    ];
    let found = 0;
    let beyondBound = 0;
    for (const combo of combos) {
      for (const sorting of [{}, { origin, sort: 'distance' as const }]) {
        for (const candidates of [undefined, 3]) {
          const s = spec({ ...sorting, ...combo, candidates });
          const [fromSets, scanned] = [await allPages(s), await allPages({ ...s, filterSets: false })];
          expect(fromSets, JSON.stringify(combo)).toEqual(scanned);
          found += scanned.hits.length;
          if (!scanned.totalExact) beyondBound++;
        }
      }
    }
    expect(found).toBeGreaterThan(200); // the seeded directory, not empty combinations
    expect(beyondBound).toBeGreaterThan(10);
  }, 120_000);
});
