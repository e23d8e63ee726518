import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { expectOk, makeLocation, makeOrganization, makeService } from './directory-kit';
import { LEXEMES_AT_MOST } from './postings';
import { allSearchPages, searchSpec } from './search-pages-kit';
import { searchQueryFor } from './search-words';

/**
 * A text search by distance reads its places from directory_posting_points (decision 0026), a copy
 * the app keeps of postings × service places × coordinates. If any write left it behind, the
 * search would order by an old place. After each kind of write the table must equal what the
 * live tables give, and the search must follow the move.
 */
let t: TestApp;
let admin: string;
const point = { latitude: 52.09, longitude: 5.12 };
const north = (km: number): [number, number] => [point.latitude + km / 111.2, point.longitude];

/**
 * The points the live tables give, and the points stored, each as sorted `service location lexeme
 * lat lng listed` lines. Listed is the public condition as the search states it (filterSql).
 */
async function pointsNowAndStored(): Promise<[string[], string[]]> {
  return t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
    const line = `p.service_id || ' ' || p.location_id || ' ' || p.lexeme || ' ' || p.latitude || ' ' || p.longitude || ' ' || p.listed`;
    const derived = await sql.query<{ l: string }>(
      `select ${line} as l from (select d.service_id, l.id as location_id, d.lexeme, l.latitude, l.longitude,
                                        (s.is_public and s.status = 'active' and s.moderation_state = 'approved' and s.hidden_at is null) as listed
         from directory_postings d
         join services s on s.tenant_id = d.tenant_id and s.id = d.service_id
         join service_at_locations x on x.tenant_id = d.tenant_id and x.service_id = d.service_id
         join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
        where d.tenant_id = app_tenant_id() and l.latitude is not null) p order by 1`);
    const stored = await sql.query<{ l: string }>(`select ${line} as l from directory_posting_points p where p.tenant_id = app_tenant_id() order by 1`);
    return [derived.map((r) => r.l), stored.map((r) => r.l)];
  });
}

/** The ids found for `words` by distance from the point, through the rings (a bound of one candidate forces them). */
async function byDistance(words: string): Promise<string[]> {
  const tsquery = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => searchQueryFor(sql, t.tenant.id, words));
  const found = await allSearchPages(t, searchSpec({ tsquery, origin: point, sort: 'distance', limit: 2, candidates: 1 }));
  return found.hits.map((h) => h.id);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@voorbeeld.nl');
}, 60_000);
afterAll(() => t.close());

describe('postings with a place', () => {
  it('follow every write of a place: created, linked, moved, unlinked, without coordinates, renamed service', async () => {
    const org = await makeOrganization(t, admin, 'Stichting Speelplek');
    const [near, middle, far] = [await makeLocation(t, admin, org, 'Kwakhuis', north(0.2)), await makeLocation(t, admin, org, 'Kwakhal', north(0.5)), await makeLocation(t, admin, org, 'Kwakveld', north(0.9))];
    const one = await makeService(t, admin, { organizationId: org, name: 'Kwakbal een', locationIds: [near] });
    const two = await makeService(t, admin, { organizationId: org, name: 'Kwakbal twee', locationIds: [middle, far] });
    const three = await makeService(t, admin, { organizationId: org, name: 'Kwakbal drie', locationIds: [far] });
    const check = async () => {
      const [now, stored] = await pointsNowAndStored();
      expect(stored).toEqual(now);
    };
    await check();
    expect(await byDistance('kwakbal')).toEqual([one.id, two.id, three.id]);

    // The nearest place moves beyond the others.
    expectOk(await t.request('PATCH', `/api/v1/locations/${near}`, { cookie: admin, body: { latitude: north(1.5)[0], longitude: north(1.5)[1] }, headers: { 'if-match': 'W/"1"' } }));
    await check();
    expect(await byDistance('kwakbal')).toEqual([two.id, three.id, one.id]);

    // Two loses its middle place: at its far one it ties with three (by id).
    expect((await t.request('DELETE', `/api/v1/locations/${middle}/services/${two.id}`, { cookie: admin })).statusCode).toBe(200);
    await check();
    expect(await byDistance('kwakbal')).toEqual([...[two.id, three.id].sort(), one.id]);

    // A place without coordinates has no points; three's far place gains a service.
    expectOk(await t.request('PATCH', `/api/v1/locations/${far}`, { cookie: admin, body: { latitude: null, longitude: null }, headers: { 'if-match': 'W/"1"' } }));
    expect((await t.request('PUT', `/api/v1/locations/${near}/services/${three.id}`, { cookie: admin })).statusCode).toBe(200);
    await check();
    expect(await byDistance('kwakbal')).toEqual([...[one.id, three.id].sort(), two.id]);

    // A renamed service is found by its new word only.
    expectOk(await t.request('PATCH', `/api/v1/services/${one.id}`, { cookie: admin, body: { name: 'Plonsbal een' }, headers: { 'if-match': `W/"${one.version}"` } }));
    await check();
    expect(await byDistance('plonsbal')).toEqual([one.id]);
    expect(await byDistance('kwakbal')).not.toContain(one.id);
  });

  it('follow every change of a service\'s listing: not public, not active, rejected, hidden, and back', async () => {
    const org = await makeOrganization(t, admin, 'Stichting Zoemhuis');
    const place = await makeLocation(t, admin, org, 'Zoemhal', north(0.4));
    const made = [];
    for (const i of [0, 1, 2, 3, 4]) made.push(await makeService(t, admin, { organizationId: org, name: `Zoemspel ${i}`, locationIds: [place] }));
    const ids = made.map((m) => m.id);
    const versions = new Map(made.map((m) => [m.id, m.version]));
    const patch = async (id: string, path: string, body: Record<string, unknown>, method: 'PATCH' | 'PUT' = 'PATCH') =>
      versions.set(id, expectOk(await t.request(method, `/api/v1/services/${id}${path}`, { cookie: admin, body, headers: { 'if-match': `W/"${versions.get(id)}"` } })).version);
    const tsquery = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => searchQueryFor(sql, t.tenant.id, 'zoemspel'));
    /** The public finds, by distance in a radius, through the points (which bound: with "more" or all) and as before them. */
    const publicFinds = async (): Promise<string[]> => {
      const [now, stored] = await pointsNowAndStored();
      expect(stored).toEqual(now);
      const found: string[][] = [];
      for (const candidates of [1, 250]) {
        const spec = searchSpec({ tsquery, origin: point, sort: 'distance', radiusKm: 2, limit: 2, candidates });
        const [fromPoints, asBefore] = [await allSearchPages(t, spec), await allSearchPages(t, { ...spec, bandedRings: false })];
        expect(fromPoints, `bound ${candidates}`).toEqual(asBefore);
        found.push(fromPoints.hits.map((h) => h.id).sort());
      }
      expect(found[0]).toEqual(found[1]);
      return found[0]!;
    };
    expect(await publicFinds()).toEqual([...ids].sort());

    await patch(ids[0]!, '', { isPublic: false });
    await patch(ids[1]!, '', { status: 'inactive' });
    await patch(ids[2]!, '/moderation', { state: 'rejected', reason: 'Geen activiteit in de wijk' }, 'PUT');
    // Hidden as the confirmation job hides an entry not confirmed for 9 months.
    await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query('update services set hidden_at = now() where id = $1', [ids[3]]));
    expect(await publicFinds()).toEqual([ids[4]!]);

    await patch(ids[0]!, '', { isPublic: true });
    await patch(ids[2]!, '/moderation', { state: 'approved', reason: null }, 'PUT');
    expect(await publicFinds()).toEqual([ids[0]!, ids[2]!, ids[4]!].sort());
  });

  it('count the matches in a radius as the candidates\' statement does, whichever bound: all, more, or undecided', async () => {
    const org = await makeOrganization(t, admin, 'Stichting Speelruimte');
    const places = [await makeLocation(t, admin, org, 'Tolhuis', north(0.1)), await makeLocation(t, admin, org, 'Tolhal', north(0.3)), await makeLocation(t, admin, org, 'Tolschuur', north(8))];
    // Two words of one range in one service (tolspel, tolspellen), a service with two places in the circle, one outside it.
    for (const [i, locationIds] of [[places[0]!], [places[0]!, places[1]!], [places[1]!], [places[2]!], [places[1]!]].entries())
      await makeService(t, admin, { organizationId: org, name: i === 4 ? 'Tolspellen en tolspel' : `Tolspel ${i}`, locationIds });
    const tsquery = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => searchQueryFor(sql, t.tenant.id, 'tolspel'));
    for (const candidates of [1, 2, 3, 4, 5, 250]) {
      const spec = searchSpec({ tsquery, origin: point, sort: 'distance', radiusKm: 2, limit: 2, candidates });
      const [fromPoints, asBefore] = [await allSearchPages(t, spec), await allSearchPages(t, { ...spec, bandedRings: false })];
      expect(fromPoints, `bound ${candidates}`).toEqual(asBefore);
      expect(fromPoints.hits).toHaveLength(4);
    }
  });

  it('search a word of more lexemes than are read one by one by its ranges, with the same pages', async () => {
    const org = await makeOrganization(t, admin, 'Stichting Knutselhoek');
    const places = [await makeLocation(t, admin, org, 'Knutselhuis', north(0.2)), await makeLocation(t, admin, org, 'Knutselzolder', north(1.5))];
    // 70 words that all start with "kwispel" (the query's prefix): more lexemes than LEXEMES_AT_MOST.
    // Three services have only words after the first LEXEMES_AT_MOST + 1 in order: a search by
    // those alone would miss them.
    const letters = 'bdfgklmnprstvz';
    const variants = Array.from({ length: 70 }, (_, i) => `kwispel${letters[Math.floor(i / 14)]}${letters[i % 14]}o`).sort();
    const words = [variants.slice(0, 66), variants.slice(66), variants.slice(67), variants.slice(68)];
    for (const [i, locationIds] of [[places[0]!], [places[1]!], [places[0]!, places[1]!], [places[1]!]].entries())
      await makeService(t, admin, { organizationId: org, name: `Knutselclub ${i}`, description: `Spelletjes: ${words[i]!.join(', ')}.`, locationIds });
    const lexemes = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ n: number }>(`select count(distinct lexeme)::int as n from directory_postings where tenant_id = app_tenant_id() and lexeme like 'kwispel%'`));
    expect(lexemes[0]!.n).toBeGreaterThan(LEXEMES_AT_MOST);
    const tsquery = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => searchQueryFor(sql, t.tenant.id, 'kwispel'));
    for (const candidates of [1, 2, 3, 250]) {
      const spec = searchSpec({ tsquery, origin: point, sort: 'distance', radiusKm: 2, limit: 2, candidates });
      const [fromPoints, asBefore] = [await allSearchPages(t, spec), await allSearchPages(t, { ...spec, bandedRings: false })];
      expect(fromPoints, `bound ${candidates}`).toEqual(asBefore);
      expect(fromPoints.hits).toHaveLength(4);
    }
  });
});
