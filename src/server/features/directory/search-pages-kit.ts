import type { TestApp } from '../../testing/test-app';
import { searchServiceIds, type SearchHit, type SearchResult, type SearchSpec } from './search-queries';

/** Test helpers for searchServiceIds: a spec with every filter off, and a walk over all its pages. */
export function searchSpec(overrides: Partial<SearchSpec>): SearchSpec {
  return {
    tsquery: null, themes: null, costs: null, languages: null, age: null, districtId: null, neighbourhoodId: null, kind: null,
    openNow: false, hasCapacity: false, origin: null, radiusKm: null, sort: 'relevance', now: new Date('2026-11-25T15:00:00Z'),
    audience: { kind: 'public' }, after: null, limit: 7, ...overrides,
  };
}

export const runSearch = (t: TestApp, s: SearchSpec): Promise<SearchResult> => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => searchServiceIds(sql, s));

/** Every page, following the cursor as the API does, and the first page's total. */
export async function allSearchPages(t: TestApp, s: SearchSpec): Promise<{ hits: SearchHit[]; total: number; totalExact: boolean }> {
  const first = await runSearch(t, s);
  const hits: SearchHit[] = [];
  let after: SearchSpec['after'] = null;
  for (let page = 0; page < 200; page++) {
    const { hits: found }: SearchResult = page === 0 ? first : await runSearch(t, { ...s, after });
    const shown: SearchHit[] = found.slice(0, s.limit);
    hits.push(...shown);
    if (found.length <= s.limit) return { hits, total: first.total, totalExact: first.totalExact };
    after = { key: shown[shown.length - 1]!.sort_key, id: shown[shown.length - 1]!.id };
  }
  throw new Error('no last page');
}
