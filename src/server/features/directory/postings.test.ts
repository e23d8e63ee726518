import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../../db/database';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { expectOk, makeOrganization, makeService, namesOf } from './directory-kit';
import { termGroups } from './postings';
import { searchServiceIds } from './search-queries';
import { searchQueryFor } from './search-words';

/**
 * Text search finds its candidates in directory_postings (decision 0018): the postings must follow
 * every write that changes a service's search document, and a search must find exactly the
 * services whose document matches, as the scan of search_document did.
 */
let t: TestApp;
let admin: string;
const asTenant = <T>(work: (sql: Sql) => Promise<T>) => t.db.withTenant({ tenantId: t.tenant.id }, work);
const sorted = (xs: string[]) => [...xs].sort();
/** The service's postings, and the lexemes of its search document: always the same set. */
async function postingsOf(serviceId: string): Promise<string[]> {
  const [row] = await asTenant((sql) => sql.query<{ postings: string[]; document: string[] }>(
    `select coalesce((select array_agg(lexeme::text) from directory_postings where tenant_id = app_tenant_id() and service_id = $1), '{}') as postings,
            coalesce((select tsvector_to_array(search_document) from services where tenant_id = app_tenant_id() and id = $1), '{}') as document`, [serviceId]));
  expect(sorted(row!.postings)).toEqual(sorted(row!.document));
  return row!.postings;
}
const search = async (q: string) => namesOf((await t.request('GET', `/api/v1/public/services?q=${encodeURIComponent(q)}`)).json());

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@voorbeeld.nl');
}, 60_000);
afterAll(() => t.close());

describe('directory postings', () => {
  it('follow a service through create, edit, theme change, organisation rename and delete', async () => {
    const org = await makeOrganization(t, admin, 'Stichting Kievit');
    const service = await makeService(t, admin, { organizationId: org, name: 'Grutto fietsreparatie', themes: ['sport-en-spel'] });
    expect(await postingsOf(service.id)).toEqual(expect.arrayContaining(['grutto', 'fietsreparatie', 'kievit', 'sport']));
    expect(await search('grutto')).toEqual(['Grutto fietsreparatie']);

    const url = `/api/v1/services/${service.id}`;
    expectOk(await t.request('PATCH', url, { cookie: admin, body: { name: 'Tureluur fietsreparatie', themes: ['geld'] }, headers: { 'if-match': `W/"${service.version}"` } }));
    const edited = await postingsOf(service.id);
    expect(edited).toEqual(expect.arrayContaining(['turelur', 'geld'])); // dutch stems
    expect(edited).not.toContain('grutto');
    expect(edited).not.toContain('sport');
    expect(await search('grutto')).toEqual([]);
    expect(await search('tureluur geld')).toEqual(['Tureluur fietsreparatie']);

    expectOk(await t.request('PATCH', `/api/v1/organizations/${org}`, { cookie: admin, body: { name: 'Stichting Scholekster' }, headers: { 'if-match': 'W/"1"' } }));
    const renamed = await postingsOf(service.id);
    expect(renamed).toContain('scholekster');
    expect(renamed).not.toContain('kievit');
    expect(await search('kievit')).toEqual([]);
    expect(await search('scholekster')).toEqual(['Tureluur fietsreparatie']);

    // No operation deletes a service; retention would, and the postings go with it.
    await t.db.asOwner((sql) => sql.query('delete from services where id = $1', [service.id]));
    expect(await asTenant((sql) => sql.query('select 1 from directory_postings where service_id = $1', [service.id]))).toEqual([]);
  });

  it('find exactly the services whose search document matches, for words, prefixes, typos and several words', async () => {
    const org = await makeOrganization(t, admin, 'Stichting Wulp');
    await makeService(t, admin, { organizationId: org, name: 'Zwemles voor kinderen', description: 'Leren zwemmen in het buurtbad; ook voetballen na afloop.', themes: ['sport-en-spel'] });
    await makeService(t, admin, { organizationId: org, name: 'Taalcafé', description: 'Nederlands oefenen bij de koffie.', themes: ['taal'] });
    const queries = ['huiswerk', 'voetballen', 'huiswerkbegeleding', 'opvoeden', 'taalcafe', 'schulden', 'zwemles kinderen', 'moestuin', 'sport en spel', 'ouders kinderen hulp', 'a', 'wijk 2', 'xyzzy'];
    let matched = 0;
    for (const q of queries) {
      const [found, scanned] = await asTenant(async (sql) => {
        const tsquery = await searchQueryFor(sql, t.tenant.id, q);
        const spec = {
          tsquery, themes: null, costs: null, languages: null, age: null, districtId: null, neighbourhoodId: null, kind: null, openNow: false, hasCapacity: false,
          origin: null, radiusKm: null, sort: 'relevance' as const, now: new Date(), audience: { kind: 'public' as const }, after: null, limit: 10_000, candidates: 10_000,
        };
        const hits = tsquery ? (await searchServiceIds(sql, spec)).hits.map((h) => h.id) : [];
        const scan = tsquery ? await sql.query<{ id: string }>(
          `select id from services s where s.tenant_id = app_tenant_id() and s.is_public and s.status = 'active' and s.moderation_state = 'approved'
              and s.hidden_at is null and s.search_document @@ to_tsquery('simple', $1)`, [tsquery]) : [];
        return [hits, scan.map((r) => r.id)];
      });
      expect(sorted(found), q).toEqual(sorted(scanned));
      matched += scanned.length;
    }
    expect(matched).toBeGreaterThan(100); // the seeded directory, not an empty one
  }, 60_000);
});

describe('query words as lexeme ranges', () => {
  it('reads buildTsQuery\'s groups: prefixes, exact short words, overlapping alternatives merged', () => {
    expect(termGroups("('voetball':* | 'voetbal':*) & ('ab') & ('schuld':* | 'schild':*)")).toEqual([
      [{ from: 'voetbal', to: 'voetbam' }],
      [{ from: 'ab', to: 'ab\u0001' }],
      [{ from: 'schild', to: 'schile' }, { from: 'schuld', to: 'schule' }],
    ]);
    expect(termGroups("('wijz':*)")).toEqual([[{ from: 'wijz', to: 'wij{' }]]);
  });
});
