import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { isOpenAt, type OpeningRule } from './open-now';
import type { SearchSpec } from './search-queries';
import { allSearchPages, searchSpec } from './search-pages-kit';

/**
 * A filter-only search with themes, languages or open now starts from those filters' services: the
 * merge of their facets in name order when each has one value (decision 0027), else the
 * intersection of their service ids (decision 0018). On the seeded directory it must
 * return what the scan of services returns: the same pages, sort keys, distances and totals, by
 * name and by distance, with the usual bound on candidates and with one low enough to reach the
 * paths for "more matches than candidates".
 */
let t: TestApp;
let themes: string[];
let languages: string[];
const origin = { latitude: 52.09, longitude: 5.12 };

const spec = (overrides: Partial<SearchSpec>): SearchSpec => searchSpec(overrides);
const allPages = (s: SearchSpec) => allSearchPages(t, s);

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

  it('open now finds exactly the services isOpenAt says are open, on every weekday, from the set and from the scan', async () => {
    // Each public service with its own and its service-at-locations' schedules.
    const services = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string; rules: OpeningRule[] }>(
      `select s.id, coalesce((select json_agg(json_build_object('freq', sc.freq, 'byday', sc.byday, 'opensAt', sc.opens_at::text, 'closesAt', sc.closes_at::text,
                                                       'validFrom', sc.valid_from::text, 'validTo', sc.valid_to::text))
                                 from schedules sc left join service_at_locations x on x.tenant_id = sc.tenant_id and x.id = sc.service_at_location_id
                                where sc.tenant_id = s.tenant_id and (sc.service_id = s.id or x.service_id = s.id)), '[]') as rules
         from services s where s.is_public and s.status = 'active' and s.moderation_state = 'approved' and s.hidden_at is null`));
    let open = 0;
    // Monday 30 November 2026 to Sunday 6 December, mornings and afternoons (Amsterdam winter time).
    for (let day = 0; day < 7; day++) {
      for (const hour of [9, 15]) {
        const now = new Date(Date.UTC(2026, 10, 30 + day, hour - 1, 30));
        const expected = services.filter((s) => isOpenAt(s.rules, now)).map((s) => s.id).sort();
        for (const combo of [{ openNow: true }, { openNow: true, themes }]) {
          const s = spec({ ...combo, now, limit: 50 });
          const [fromSets, scanned] = [await allPages(s), await allPages({ ...s, filterSets: false })];
          expect(fromSets).toEqual(scanned);
          expect(scanned.hits.map((h) => h.id).sort(), now.toISOString()).toEqual(expected);
        }
        open += expected.length;
      }
    }
    expect(open).toBeGreaterThan(20);
  }, 120_000);

  it('a kind filter walks the names of that kind: the same pages as sorting all matches', async () => {
    for (const kind of ['formal', 'informal'] as const) {
      for (const age of [null, 9, 30]) {
        const s = spec({ kind, age, limit: 5 });
        const [sorted, walked] = [await allPages(s), await allPages({ ...s, candidates: 3 })];
        expect(sorted.hits.length).toBeGreaterThan(3);
        expect(walked.hits, `${kind} ${age}`).toEqual(sorted.hits);
      }
    }
  }, 60_000);
});
