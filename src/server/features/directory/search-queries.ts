import { preparedShape, type Sql } from '../../db/database';
import type { Weekday } from '../../../contracts/directory';
import { amsterdamClock } from './open-now';
import { candidatesSql, knownLexemes, lexemeInSql, lexemesOf, lexemesSql, LEXEMES_AT_MOST, rarestGroup, termGroups, type TermGroup } from './postings';

/** Adds a value to a statement's parameters and returns its placeholder with the cast, e.g. `$3::uuid`. */
type Param = (value: unknown, cast: string) => string;

export interface Point {
  latitude: number;
  longitude: number;
}

/** Who searches: the public sees public approved active entries; staff more (see ServiceSearchQuery). */
export type Audience =
  | { kind: 'public' }
  | { kind: 'staff'; userId: string; moderation: 'pending' | 'approved' | 'rejected'; keptOnly: boolean; organizationId: string | null; includeHidden: boolean };

export interface SearchSpec {
  tsquery: string | null;
  themes: string[] | null;
  costs: string[] | null;
  languages: string[] | null;
  age: number | null;
  districtId: string | null;
  neighbourhoodId: string | null;
  kind: 'formal' | 'informal' | null;
  openNow: boolean;
  hasCapacity: boolean;
  origin: Point | null;
  radiusKm: number | null;
  sort: 'relevance' | 'distance' | 'name';
  now: Date;
  audience: Audience;
  /** Keyset: the last row's sort key and id. */
  after: { key: number | string; id: string } | null;
  limit: number;
  /** The bound on candidates (CANDIDATES); tests lower it to reach the paths for many matches. */
  candidates?: number;
  /** False: filter-only candidates from the scan of services only (tests compare the two). */
  filterSets?: boolean;
  /** False: each ring of a distance search probes all its locations, as before decision 0024 (tests compare the two). */
  bandedRings?: boolean;
}

/** The word a distance search reads its places from: the driving group, and its lexemes when few (lexemesOf). */
interface DrivingWord {
  group: TermGroup;
  lexemes: string[] | null;
}

export interface SearchHit {
  id: string;
  sort_key: number | string;
  distance_km: number | null;
}

/** One page of hits and how many matches there are: exact up to CANDIDATES, else "more than CANDIDATES". */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
  totalExact: boolean;
}

/**
 * At most this many matches are ranked, sorted by distance from a candidate list or counted
 * (decision 0012). Beyond it the total is "more than CANDIDATES" and the relevance order covers the
 * CANDIDATES matches found first, name matches before the others; paging ends after them.
 */
export const CANDIDATES = 250;
/** Rings of a distance search when there are more matches than CANDIDATES: the first radius (km). */
const FIRST_RING_KM = 0.05;
/**
 * The next ring is sized to hold about this many times a page, at the density of matches seen so
 * far, its area growing by a factor between RING_AREA_GROWTH's bounds (the upper one also when no
 * match was seen yet). Only the cost depends on it: any ring that holds a page gives the exact order.
 */
const RING_TARGET = 1.5;
const RING_AREA_GROWTH = { min: 4, max: 64 };
/** A ring that covers any municipality from any point in the Netherlands. */
const LAST_RING_KM = 400;

const KM_PER_DEGREE = 111.2;
/** Great-circle distance in km from the origin ($lat, $lng) to location l. */
export const haversine = (lat: string, lng: string) =>
  `(12742 * asin(sqrt(power(sin(radians(l.latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lng}) / 2), 2))))`;

/** The column of schedules that says a schedule opens on that weekday (migration 0018). */
const OPENS_ON: Record<Weekday, string> = { MO: 'open_mo', TU: 'open_tu', WE: 'open_we', TH: 'open_th', FR: 'open_fr', SA: 'open_sa', SU: 'open_su' };
/** Schedule row `sc` opens on `weekday`: its stored column, which the weekday's partial index covers. */
export const opensOnSql = (weekday: Weekday) => `sc.${OPENS_ON[weekday]}`;
/** Schedule row `sc` opens on the weekday code in SQL expression `weekday` (not indexable: for a few services). */
export const opensOnParamSql = (weekday: string) => `(case ${weekday} ${Object.entries(OPENS_ON).map(([day, column]) => `when '${day}' then sc.${column}`).join(' ')} else false end)`;

/**
 * Schedule row `sc` is open at the Amsterdam wall clock: `opensOn` (opensOnSql) and the SQL
 * expressions `time` and `date` (see open-now.ts isOpenAt, held to it by a property test). Under
 * row-level security a plain column comparison can use an index, a function call such as
 * string_to_array cannot: hence the stored weekday columns (decision 0025).
 */
export const openRuleSql = (opensOn: string, time: string, date: string) => `${opensOn} and sc.opens_at <= ${time} and ${time} < sc.closes_at
     and (sc.valid_from is null or sc.valid_from <= ${date}) and (sc.valid_to is null or ${date} <= sc.valid_to)`;

/** The open rule at `now`, its clock read in Amsterdam as isOpenAt reads it, as parameters of p. */
const openRuleAt = (now: Date, p: Param) => {
  const clock = amsterdamClock(now);
  return openRuleSql(opensOnSql(clock.weekday), p(clock.time, 'time'), p(clock.date, 'date'));
};

/**
 * Service s is open by one of its own or its service-at-locations' WEEKLY schedules. Two EXISTS,
 * not one with OR, so each probes its index instead of scanning every schedule per service.
 */
export const openNowSql = (rule: string) => `(exists (
    select 1 from schedules sc where sc.tenant_id = s.tenant_id and sc.service_id = s.id and ${rule})
  or exists (
    select 1 from service_at_locations x join schedules sc on sc.tenant_id = x.tenant_id and sc.service_at_location_id = x.id
     where x.tenant_id = s.tenant_id and x.service_id = s.id and ${rule}))`;

export const KEPT_BY = (user: string) => `(s.owner_user_id = ${user} or exists (select 1 from organization_members m
  where m.tenant_id = s.tenant_id and m.organization_id = s.organization_id and m.user_id = ${user}))`;


/** Filters of a search other than its text, as SQL on `s` (services), with their parameters. */
function filterSql(spec: SearchSpec, p: Param, withRadius = true): string[] {
  const where: string[] = ['s.tenant_id = app_tenant_id()'];
  const a = spec.audience;
  // The public condition: the same as directory_listed (migration 0024), the flag on the postings
  // with a place; change both together. With nothing pushed after it, PUBLIC_CONDITIONS holds.
  if (a.kind === 'public') where.push(`s.is_public and s.status = 'active' and s.moderation_state = 'approved' and s.hidden_at is null`);
  else {
    where.push(`s.moderation_state = ${p(a.moderation, 'text')}`);
    // A resident's proposal shows up only once they confirmed their e-mail address.
    where.push('not exists (select 1 from activity_proposals ap where ap.tenant_id = s.tenant_id and ap.service_id = s.id and ap.confirmed_at is null)');
    if (!a.includeHidden) where.push('s.hidden_at is null');
    if (a.keptOnly) where.push(KEPT_BY(p(a.userId, 'uuid')));
    else where.push(`s.status <> 'defunct'`);
    if (a.organizationId) where.push(`s.organization_id = ${p(a.organizationId, 'uuid')}`);
  }
  if (spec.themes) where.push(`exists (select 1 from attributes at join taxonomy_terms tt on tt.tenant_id = at.tenant_id and tt.id = at.taxonomy_term_id
    where at.tenant_id = s.tenant_id and at.link_id = s.id and tt.code = any(${p(spec.themes, 'text[]')}))`);
  if (spec.costs) where.push(`s.cost = any(${p(spec.costs, 'text[]')})`);
  if (spec.languages) where.push(`exists (select 1 from languages lg where lg.tenant_id = s.tenant_id and lg.service_id = s.id and lg.code_key = any(${p(spec.languages, 'text[]')}))`);
  if (spec.age !== null) {
    const age = p(spec.age, 'numeric');
    where.push(`(s.minimum_age is null or s.minimum_age <= ${age}) and (s.maximum_age is null or s.maximum_age >= ${age})`);
  }
  const servedOrLocated = (districtCond: string, locationCond: string) => `(exists (select 1 from service_districts sd where sd.tenant_id = s.tenant_id and sd.service_id = s.id and ${districtCond})
    or exists (select 1 from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
               left join neighbourhoods nb on nb.tenant_id = l.tenant_id and nb.id = l.neighbourhood_id
                where x.tenant_id = s.tenant_id and x.service_id = s.id and ${locationCond}))`;
  if (spec.districtId) {
    const d = p(spec.districtId, 'uuid');
    where.push(servedOrLocated(`sd.district_id = ${d}`, `nb.district_id = ${d}`));
  }
  if (spec.neighbourhoodId) {
    const n = p(spec.neighbourhoodId, 'uuid');
    where.push(servedOrLocated(`sd.district_id = (select district_id from neighbourhoods where tenant_id = s.tenant_id and id = ${n})`, `l.neighbourhood_id = ${n}`));
  }
  if (spec.kind) where.push(`s.kind = ${p(spec.kind, 'text')}`);
  if (spec.hasCapacity) where.push('s.places_available > 0');
  if (spec.openNow) where.push(openNowSql(openRuleAt(spec.now, p)));
  if (withRadius && spec.origin && spec.radiusKm !== null) {
    const [lat, lng, r] = [p(spec.origin.latitude, 'float8'), p(spec.origin.longitude, 'float8'), p(spec.radiusKm, 'float8')];
    where.push(`exists (select 1 from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
      where x.tenant_id = s.tenant_id and x.service_id = s.id and ${nearbySql(lat, lng, r)})`);
  }
  return where;
}

/**
 * The public audience's postings with a place: those of listed services (the `listed` flag, kept by
 * a trigger on services, is the public condition of filterSql; decision 0031). Staff see all.
 */
const listedSql = (spec: SearchSpec, points: string) => (spec.audience.kind === 'public' ? `and ${points}.listed` : '');

/** The conditions filterSql always gives the public audience (tenant, visibility): with no more, the `listed` flag decides a match. */
const PUBLIC_CONDITIONS = 2;

/** What a match of a search is, as SQL on `s`: its filters (filterSql) and every word of its text. */
const matchesSql = (spec: SearchSpec, p: Param, withRadius: boolean) =>
  [...filterSql(spec, p, withRadius), ...(spec.tsquery ? [`s.search_document @@ to_tsquery('simple', ${p(spec.tsquery, 'text')})`] : [])].join('\n and ');

/**
 * The filters that have a table of their own (themes: attributes by term, the attributes_term
 * index; languages; open now: schedules), each as the set of service ids that pass it: every match
 * is in each set (the services are still checked against all filters). Intersected, two of them
 * give the few services of a sparse combination without walking the services (decision 0018).
 */
function filterIdSets(spec: SearchSpec, p: Param): string[] {
  const sets: string[] = [];
  if (spec.themes) sets.push(`select at.link_id from attributes at join taxonomy_terms tt on tt.tenant_id = at.tenant_id and tt.id = at.taxonomy_term_id
    where at.tenant_id = app_tenant_id() and tt.code = any(${p(spec.themes, 'text[]')})`);
  if (spec.languages) sets.push(`select lg.service_id from languages lg where lg.tenant_id = app_tenant_id() and lg.service_id is not null and lg.code_key = any(${p(spec.languages, 'text[]')})`);
  if (spec.openNow) {
    // The schedules open now (the weekday's index): each opens its service, or its
    // service-at-location's service, found by key (a subquery: with the open schedules estimated
    // at thousands, a join hashed all of service_at_locations).
    sets.push(`select u.id from schedules sc,
      lateral (values (sc.service_id), ((select x.service_id from service_at_locations x where x.tenant_id = sc.tenant_id and x.id = sc.service_at_location_id))) u(id)
     where sc.tenant_id = app_tenant_id() and ${openRuleAt(spec.now, p)} and u.id is not null`);
  }
  return sets;
}

/** Location l lies in the latitude/longitude box around ($lat, $lng) that holds the circle of r km (the coordinates index). */
const boxSql = (lat: string, lng: string, r: string) => `l.latitude between ${lat} - ${r} / ${KM_PER_DEGREE} and ${lat} + ${r} / ${KM_PER_DEGREE}
  and l.longitude between ${lng} - ${r} / (${KM_PER_DEGREE} * cos(radians(${lat}))) and ${lng} + ${r} / (${KM_PER_DEGREE} * cos(radians(${lat})))`;

/** Location l lies within r km of ($lat, $lng): a latitude/longitude box (the index), then haversine. */
const nearbySql = (lat: string, lng: string, r: string) => `${boxSql(lat, lng, r)}
  and ${haversine(lat, lng)} <= ${r}`;

/** The nearest location of candidate c (null without coordinates). */
const nearestKmSql = (lat: string, lng: string) => `(select min(${haversine(lat, lng)}) from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
  where x.tenant_id = c.tenant_id and x.service_id = c.id and l.latitude is not null)`;

/** The keyset condition "after the cursor" on the SQL expressions `key` and `id`, or null on the first page. */
const cursorSql = (spec: SearchSpec, p: Param, key: string, id: string, keyCast: 'text' | 'float8') =>
  spec.after ? `(${key}, ${id}) > (${p(spec.after.key, keyCast)}, ${p(spec.after.id, 'uuid')})` : null;

/** The rows (id, sort_key, distance_km) of the query `rows`, already sorted and limited, as the JSON array of hits (null for none). */
const hitsSql = (rows: string) =>
  `(select json_agg(json_build_object('id', q.id, 'sort_key', q.sort_key, 'distance_km', q.distance_km) order by q.sort_key, q.id) from (${rows}) q)`;

/** A page of rows (id, sort_key, distance_km) of relation `rows` after the cursor, as JSON, with the candidates' count. */
const pageSql = (spec: SearchSpec, p: Param, rows: string, keyCast: 'text' | 'float8', onlyAll = false) => {
  // onlyAll: rows only when the candidates are all the matches; with more, the caller pages
  // another way, and the rows (distances) are not computed at all.
  const conditions = [...(onlyAll ? [`(select count(*) from cand) <= ${spec.candidates ?? CANDIDATES}`] : []), cursorSql(spec, p, 'm.sort_key', 'm.id', keyCast)].filter((c) => c !== null);
  const after = conditions.length ? `where ${conditions.join(' and ')}` : '';
  return `select (select count(*) from cand)::int as n,
      coalesce(${hitsSql(`select m.id, m.sort_key, m.distance_km from ${rows} m ${after} order by m.sort_key, m.id limit ${p(spec.limit + 1, 'int')}`)}, '[]'::json) as hits`;
};

interface PageRow { n: number; hits: SearchHit[] }
const result = (row: PageRow | undefined, cap: number): SearchResult => {
  const n = row?.n ?? 0;
  return { hits: row?.hits ?? [], total: Math.min(n, cap), totalExact: n <= cap };
};

/**
 * The ids of one page of matches, in order, with their sort key (and distance when searching from
 * a point), and the number of matches (bounded, see CANDIDATES). Every shape reads a bounded
 * number of rows, whatever the directory's size:
 * - text, by relevance: the first CANDIDATES + 1 matches (from the rarest word's postings, in
 *   lexeme order), those with every word in their name or alternate name first, then by ts_rank;
 * - by distance: with at most CANDIDATES matches their nearest location each; with more, rings
 *   (bands) of locations around the point (the coordinates index), each sized by the density of
 *   matches in the ones before, until they hold a page: exact, since a service whose nearest
 *   location lies within a ring has it there;
 * - by name without text, filtered by one theme, one language or open now: the merge of their
 *   facets in name order (facetSearch), until a page and CANDIDATES + 1 matches are found;
 * - by name (and without text) otherwise: with at most CANDIDATES matches, sorted; with more, the
 *   name index, walked until a page is full.
 */
export async function searchServiceIds(sql: Sql, spec: SearchSpec): Promise<SearchResult> {
  const bound = spec.candidates ?? CANDIDATES;
  const facets = !spec.tsquery && !(spec.sort === 'distance' && spec.origin) && spec.filterSets !== false ? facetsOf(spec) : null;
  if (facets) return facetSearch(sql, spec, facets);
  const groups = spec.tsquery ? termGroups(spec.tsquery) : [];
  const driving = groups.length ? groups[await rarestGroup(sql, groups)]! : null;
  // Without text, two or more filters with a table of their own that are not all facets
  // (several themes or languages): the intersection of their ids.
  const ownTables = [spec.themes, spec.languages, spec.openNow || null].filter((f) => f !== null).length;
  const fromSets = !driving && spec.filterSets !== false && ownTables >= 2;
  // Each statement gets its own parameters: PostgreSQL refuses a parameter a statement does not use.
  const statement = () => {
    const params: unknown[] = [];
    const p = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
    // Lazy, as the words below: the intersection checks only the filters without a table of their own.
    let whereAll: string[] | null = null;
    const where = () => (whereAll ??= filterSql(spec, p));
    // Lazy: a statement that does not rank or check the words must not carry the parameter.
    let tsqParam: string | null = null;
    const tsq = () => (spec.tsquery ? (tsqParam ??= `to_tsquery('simple', ${p(spec.tsquery, 'text')})`) : null);
    const matches = () => [...where(), ...(spec.tsquery ? [`s.search_document @@ ${tsq()}`] : [])].join('\n and ');
    const cap = () => p(bound + 1, 'int');
    // Candidates: the first CANDIDATES + 1 matches. With text, from the postings of the rarest
    // word (decision 0018; the GIN index on search_document is of no use under row-level security,
    // decision 0012), checked against the other words by `@@`. Without text, in the table's order:
    // a sequential scan that stops there; with two or more filters that have their own table, from
    // the intersection of their service ids, each service probed by key. Without text the
    // candidates' order does not matter: they are used only when they are all the matches.
    // A service in the intersection passes the filters of the sets: the probe checks the others.
    // The intersection as a join of the sets, then distinct: PostgreSQL's `intersect` appends both
    // sets and hashes every row (opvoeden ∩ ar at 100k: 30k rows, 30 ms), a hash join keeps only
    // the smaller set (10 ms). Every set's ids are not null, so the join loses nothing intersect
    // keeps. `offset 0` keeps each set whole: pulled up into one join, the open schedules probed
    // the theme's attributes one by one (5.9k probes, 17.7k buffers).
    const intersection = () => `select distinct f0.id from ${filterIdSets(spec, p).map((set, i) => `(${set} offset 0) f${i}(id)${i ? ` on f${i}.id = f0.id` : ''}`).join('\n join ')}`;
    const others = () => filterSql({ ...spec, themes: null, languages: null, openNow: false }, p).join('\n and ');
    const inSets = (columns: string) => `select c.* from (${intersection()}) i(id)
        cross join lateral (select ${columns} from services s where s.id = i.id and ${others()} offset 0) c`;
    const candidates = (columns: string) => {
      if (driving) return candidatesSql(driving, columns, groups.length > 1 ? matches() : where().join('\n and '), cap(), p);
      if (!fromSets) return `select ${columns} from services s where ${matches()} limit ${cap()}`;
      return `${inSets(columns)} limit ${cap()}`;
    };
    return { params, p, tsq, matches, candidates, intersection, others, cap };
  };

  if (spec.sort === 'distance' && spec.origin) {
    // The driving word's places, read only when a statement uses them (no rings with at most CANDIDATES matches).
    const wordOf = async (): Promise<DrivingWord | null> => (driving && spec.bandedRings !== false ? { group: driving, lexemes: await lexemesOf(sql, driving) } : null);
    let word: DrivingWord | null = null;
    if (driving && spec.radiusKm !== null && spec.bandedRings !== false) {
      // The word's lexemes are read in the same statement; a word with too many asks again by its ranges.
      const near = (await pointCandidates(sql, spec, driving, undefined, groups.length > 1)) ?? (await pointCandidates(sql, spec, driving, null, groups.length > 1));
      word = near?.word ?? null;
      if (near?.page) return near.page.n <= bound ? result(near.page, bound) : { hits: await ringSearch(sql, spec, near.word, near.firstRing), total: bound, totalExact: false };
    }
    const { params, p, candidates } = statement();
    const [lat, lng] = [p(spec.origin.latitude, 'float8'), p(spec.origin.longitude, 'float8')];
    const [row] = await sql.query<PageRow>(
      `with cand as materialized (${candidates('s.tenant_id, s.id')})
       ${pageSql(spec, p, `(select c.id, coalesce(d.km, 1e9)::float8 as sort_key, d.km as distance_km from cand c cross join lateral (select ${nearestKmSql(lat, lng)} as km) d)`, 'float8', true)}`,
      params,
    );
    if ((row?.n ?? 0) <= bound) return result(row, bound);
    return { hits: await ringSearch(sql, spec, word ?? (await wordOf())), total: bound, totalExact: false };
  }

  if (spec.tsquery && spec.sort === 'relevance') {
    // Name matches before the others (every word in the name or alternate name: the A-weighted
    // part of the document), then ts_rank. The candidates are the first matches, not the first name
    // matches: the postings do not tell which part of the document a word came from.
    const { params, p, tsq, candidates } = statement();
    const [row] = await sql.query<PageRow>(
      `with cand as materialized (${candidates('s.tenant_id, s.id, s.search_document')})
       ${pageSql(spec, p, `(select c.id, ((case when ts_filter(c.search_document, '{a}') @@ ${tsq()} then 0 else 1000 end) - ts_rank(c.search_document, ${tsq()}))::float8 as sort_key, null::float8 as distance_km from cand c)`, 'float8')}`,
      params,
    );
    return result(row, bound);
  }

  if (fromSets) {
    // By name from the intersection, in one statement: its first CANDIDATES + 1 matches (each
    // service probed by key) are counted; with at most CANDIDATES they are all, sorted. With more:
    // an intersection of at most SORT_ALL_UP_TO × CANDIDATES services is probed whole and sorted; a larger one
    // is walked by name (index only, services_name_walk) keeping the services in the intersection,
    // a hashed subplan (`coalesce` keeps it one: as a semi-join it probed and sorted the whole
    // intersection), until a page is full. Names follow themes (a walk for open now ∩ ontmoeten,
    // 709 services, passed 38.7k to find 21), so only a large intersection is walked (opvoeden ∩
    // ar, 1,983 services: 13.5k index entries instead of 1,983 probes). A walk checking each
    // filter by a probe read every service of the first filter (decision 0018).
    const { params, p, intersection, others, cap } = statement();
    const [where, size, bounded] = [others(), p(spec.limit + 1, 'int'), p(bound, 'int')];
    const after = (key: string, id: string) => { const c = cursorSql(spec, p, key, id, 'text'); return c ? `and ${c}` : ''; };
    const [row] = await sql.query<PageRow>(
      `with inter as materialized (${intersection()}),
       cand as materialized (select c.* from inter i cross join lateral (select s.id, s.name_key as sort_key from services s where s.id = i.id and ${where} offset 0) c limit ${cap()})
       select (select count(*) from cand)::int as n, coalesce(
         ${hitsSql(`select m.id, m.sort_key, null::float8 as distance_km from cand m where (select count(*) from cand) <= ${bounded} ${after('m.sort_key', 'm.id')} order by m.sort_key, m.id limit ${size}`)},
         ${hitsSql(`select c.id, c.sort_key, null::float8 as distance_km from inter i cross join lateral (select s.id, s.name_key as sort_key from services s where s.id = i.id and ${where} offset 0) c
                    where (select count(*) from cand) > ${bounded} and (select count(*) from inter) <= ${p(SORT_ALL_UP_TO * bound, 'int')} ${after('c.sort_key', 'c.id')}
                    order by c.sort_key, c.id limit ${size}`)},
         ${hitsSql(`select s.id, s.name_key as sort_key, null::float8 as distance_km from services s where (select count(*) from cand) > ${bounded} and (select count(*) from inter) > ${p(SORT_ALL_UP_TO * bound, 'int')}
                    and ${where} and coalesce(s.id in (select id from inter), false) ${after('s.name_key', 's.id')} order by s.name_key, s.id limit ${size}`)},
         '[]'::json) as hits`,
      params,
    );
    return result(row, bound);
  }

  // By name: with at most CANDIDATES matches, sort them; with more, walk the name index
  // (services_name_walk, or services_kind_name_walk with a kind), which stops after a page since
  // matches are dense; a step that fails the filters on services is decided on the index alone.
  // One statement: the walk runs only when the count says so (a one-time filter), a round trip
  // and a parse fewer than asking twice.
  // Without text the candidates are the first matches by name (the name index, or all matches
  // sorted when they are few): the first page is then theirs whatever the count, and only a later
  // page with more matches than CANDIDATES walks the index again from its cursor.
  const { params, p, candidates, matches } = statement();
  const firstByName = !driving && !spec.after;
  // Enough candidates for the count and for the first page (when a page is larger than the bound).
  const cand = driving ? candidates('s.id, s.name_key as sort_key')
    : `select s.id, s.name_key as sort_key from services s where ${matches()} order by s.name_key, s.id limit ${p(Math.max(bound, spec.limit) + 1, 'int')}`;
  const size = p(spec.limit + 1, 'int');
  const bounded = firstByName ? '' : p(bound, 'int');
  const after = (key: string, id: string) => { const c = cursorSql(spec, p, key, id, 'text'); return c ? `and ${c}` : ''; };
  const [row] = await sql.query<PageRow>(
    `with cand as materialized (${cand})
     select (select count(*) from cand)::int as n, coalesce(
       ${hitsSql(`select m.id, m.sort_key, null::float8 as distance_km from cand m where ${firstByName ? 'true' : `(select count(*) from cand) <= ${bounded}`} ${after('m.sort_key', 'm.id')} order by m.sort_key, m.id limit ${size}`)},
       ${hitsSql(`select s.id, s.name_key as sort_key, null::float8 as distance_km from services s
                   where ${firstByName ? 'false' : `(select count(*) from cand) > ${bounded}`} and ${matches()} ${after('s.name_key', 's.id')} order by s.name_key, s.id limit ${size}`)},
       '[]'::json) as hits`,
    params,
  );
  return result(row, bound);
}

/**
 * The facets (directory_facets, decision 0027) of a filter-only search's filters that have a table
 * of their own: its theme, its language, and the hour of the week it is now for open now. Null when
 * it has none, or several themes or languages (a facet per value: their union is not in name order).
 */
function facetsOf(spec: SearchSpec): string[] | null {
  if ((spec.themes?.length ?? 1) > 1 || (spec.languages?.length ?? 1) > 1) return null;
  const clock = amsterdamClock(spec.now);
  const facets = [
    ...(spec.themes ?? []).map((code) => `theme:${code}`),
    ...(spec.languages ?? []).map((code) => `language:${code}`),
    ...(spec.openNow ? [`open:${clock.weekday}:${clock.time.slice(0, 2)}`] : []),
  ];
  return facets.length >= 1 ? facets : null;
}

/**
 * A filter-only search by name from its facets: each facet's services in name order (the
 * directory_facets key), merged (a merge join on name and id), each service in the merge probed by
 * key against the filters the facets do not decide (open now's hour holds every service open at
 * some moment of it: the open rule is checked again). The merge stops when it has a page after the
 * cursor, and the count when it has CANDIDATES + 1 matches: the rows read grow with the page and the
 * bound, not with the facets' sizes (opvoeden ∩ ar at 100k services: 1,228 + 2,841 index entries
 * for the count instead of 30k rows hashed).
 */
async function facetSearch(sql: Sql, spec: SearchSpec, facets: readonly string[]): Promise<SearchResult> {
  const params: unknown[] = [];
  const p = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
  const bound = spec.candidates ?? CANDIDATES;
  const names = facets.map((facet) => p(facet, 'text'));
  const where = filterSql({ ...spec, themes: null, languages: null }, p).join('\n and ');
  const merged = (columns: string, withCursor: boolean) => {
    const conditions = names.flatMap((name, i) => [`f${i}.tenant_id = app_tenant_id() and f${i}.facet = ${name}`,
      ...(withCursor ? [cursorSql(spec, p, `f${i}.name_key`, `f${i}.service_id`, 'text')].filter((c) => c !== null) : [])]);
    return `select ${columns} from ${names.map((_, i) => `directory_facets f${i}${i ? ` on f${i}.name_key = f0.name_key and f${i}.service_id = f0.service_id` : ''}`).join('\n join ')}
      cross join lateral (select s.id, s.name_key from services s where s.id = f0.service_id and ${where} offset 0) s
     where ${conditions.join('\n and ')}`;
  };
  const [row] = await sql.query<PageRow>(preparedShape(
    `select (select count(*) from (${merged('1', false)} limit ${p(bound + 1, 'int')}) k)::int as n,
            coalesce(${hitsSql(`${merged('s.id, s.name_key as sort_key, null::float8 as distance_km', true)} order by f0.name_key, f0.service_id limit ${p(spec.limit + 1, 'int')}`)}, '[]'::json) as hits`),
    params,
  );
  return result(row, bound);
}

/** A filter intersection with more matches than CANDIDATES but at most this many times CANDIDATES services is sorted whole, not walked. */
const SORT_ALL_UP_TO = 4;

/** Rows of the circle's postings with a place read at most per candidate (pointCandidates). */
const POINT_ROWS_PER_CANDIDATE = 4;

/** The radius (km) of a distance search's first ring: beyond the cursor's distance when there is one. */
const firstRingKm = (spec: SearchSpec) => Math.min(Math.max(FIRST_RING_KM, (spec.after ? Number(spec.after.key) : 0) * 1.5), spec.radiusKm ?? LAST_RING_KM);

/** What pointCandidates found: the word's places, and the page when it could tell. */
interface NearMatches {
  word: DrivingWord;
  /** All the matches (at most CANDIDATES, their page) or "more than CANDIDATES"; null: it cannot tell. */
  page: PageRow | null;
  /** With more than CANDIDATES matches: the first ring of ringSearch, read in the same statement. */
  firstRing: { ring: number; hits: SearchHit[] } | null;
}

/**
 * A text search by distance within a radius, from the driving word's postings with a place
 * (decision 0026). The first rows of the word's postings in the circle (at most
 * POINT_ROWS_PER_CANDIDATE per candidate, index only), one per place of a service (a service has
 * a row per lexeme of the word's range), then the services probed against the filters and every
 * word until CANDIDATES + 1 pass. When those rows were all of the circle's, the services that
 * pass are all the matches (at most CANDIDATES: the page, each service at its nearest place,
 * exactly as the candidates' statement gives it; more: "more than CANDIDATES"). When they were
 * not all, CANDIDATES + 1 distinct services passing still proves "more". Otherwise it cannot tell
 * (few rows passed, or a service had two places among them): page null, and the caller asks the
 * candidates' statement. Saves that statement's probe of each candidate's places, 7 of its 11
 * buffers per candidate.
 *
 * One statement, one round trip, also for what comes before and after it: with `lexemes`
 * undefined it reads the word's lexemes itself (lexemesSql; null when the word has more than
 * LEXEMES_AT_MOST: the caller asks again with `lexemes` null, by the word's ranges), and with more
 * than CANDIDATES matches it reads ringSearch's first ring too.
 */
async function pointCandidates(sql: Sql, spec: SearchSpec, group: TermGroup, lexemes: string[] | null | undefined, otherWords: boolean): Promise<NearMatches | null> {
  const params: unknown[] = [];
  const p = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
  const bound = spec.candidates ?? CANDIDATES;
  const prefixRows = (bound + 1) * POINT_ROWS_PER_CANDIDATE;
  const readLexemes = lexemes === undefined;
  const [lat, lng, r] = [p(spec.origin!.latitude, 'float8'), p(spec.origin!.longitude, 'float8'), p(spec.radiusKm, 'float8')];
  // Read here: the word's lexemes (their first LEXEMES_AT_MOST + 1), and nothing else when there are more.
  const ofWord = readLexemes ? 'l.lexeme = any((select lexemes from word)::text[])' : lexemeInSql(group, lexemes, 'l.lexeme', p);
  const fewLexemes = readLexemes ? `and (select most from word) <= ${p(LEXEMES_AT_MOST, 'int')}` : '';
  const where = filterSql(spec, p, false);
  if (otherWords) where.push(`s.search_document @@ to_tsquery('simple', ${p(spec.tsquery, 'text')})`);
  // A public search of one word with no filter but the radius: the listed postings are the matches,
  // no service is probed (251 probes proved "more than 250" in a large city, decision 0031).
  const probe = !(spec.audience.kind === 'public' && where.length === PUBLIC_CONDITIONS);
  const after = cursorSql(spec, p, 'm.sort_key', 'm.id', 'float8');
  const ring = firstRingKm(spec);
  const ringMatches = matchesSql(spec, p, false);
  const more = `(select count(distinct id) from cand) > ${p(bound, 'int')}`;
  const [row] = await sql.query<PageRow & { rows: number; prefix: number; lexemes: string[] | null; most: number | null; ring: SearchHit[] | null }>(
    `with ${readLexemes ? `word as materialized (${lexemesSql(group, p)}),` : ''}
     prefix as materialized (
       select l.tenant_id, l.service_id, l.location_id, l.km from (select l.tenant_id, l.service_id, l.location_id, ${haversine(lat, lng)} as km from directory_posting_points l
                                                                    where l.tenant_id = app_tenant_id() and ${ofWord} ${listedSql(spec, 'l')} and ${boxSql(lat, lng, r)} ${fewLexemes} offset 0) l
        where l.km <= ${r} limit ${p(prefixRows, 'int')}),
     cand as materialized (
       select ${probe ? 's.id' : 'l.service_id as id'}, l.km from (select distinct tenant_id, service_id, location_id, km from prefix) l
       ${probe ? `cross join lateral (select s.id from services s where s.tenant_id = l.tenant_id and s.id = l.service_id and ${where.join('\n and ')} offset 0) s` : ''}
       limit ${p(bound + 1, 'int')})
     select (select count(*) from prefix)::int as prefix, (select count(distinct id) from cand)::int as n, (select count(*) from cand)::int as rows,
            ${readLexemes ? '(select lexemes from word) as lexemes, (select most from word) as most' : 'null::text[] as lexemes, null::int as most'},
            ${hitsSql(`select m.id, m.sort_key, m.sort_key as distance_km from (select c.id, min(c.km)::float8 as sort_key from cand c group by c.id) m
                     where (select count(*) from cand) <= ${p(bound, 'int')} ${after ? `and ${after}` : ''} order by m.sort_key, m.id limit ${p(spec.limit + 1, 'int')}`)} as hits,
            case when ${more} then coalesce(${hitsSql(bandSql(spec, p, ringMatches, ofWord, lat, lng, p(ring, 'float8'), 0, p(spec.limit + 1, 'int')))}, '[]'::json) end as ring`,
    params,
  );
  if (!row || (readLexemes && (row.most ?? 0) > LEXEMES_AT_MOST)) return null;
  const word = { group, lexemes: readLexemes ? knownLexemes({ lexemes: row.lexemes, most: row.most ?? 0 }) : lexemes };
  const firstRing = row.ring ? { ring, hits: row.ring } : null;
  if (row.n > bound) return { word, page: row, firstRing };
  return { word, page: row.prefix < prefixRows && row.rows <= bound ? row : null, firstRing: null };
}

/**
 * Distance order when more than CANDIDATES services match: locations in ever wider rings around
 * the point, until the rings hold a page after the cursor (or the radius, or LAST_RING_KM, is
 * reached); then the matches without coordinates, last, as the exact order has them.
 *
 * Each ring reads only the band beyond the previous ring (decision 0024): a ring that did not
 * fill the page returned all its matches after the cursor, and every match lies in the one band
 * that holds its nearest location, so the bands' hits, in band order, are the exact order. Within
 * a band the locations are sorted by distance and probed nearest first, each location's service
 * kept only at its nearest location, so the probes stop once the page is full: the last band
 * costs a scan of its locations (the coordinates index) and probes for the page only, not a probe
 * of every location it holds (a mid-frequency word's third ring probed 2.5k locations for 21 hits).
 */
async function ringSearch(sql: Sql, spec: SearchSpec, word: DrivingWord | null, first: NearMatches['firstRing'] = null): Promise<SearchHit[]> {
  const want = spec.limit + 1;
  const maxKm = spec.radiusKm ?? LAST_RING_KM;
  const afterKm = spec.after ? Number(spec.after.key) : 0;
  // Each statement gets its own parameters: PostgreSQL refuses a parameter a statement does not use.
  const statement = (withRadius: boolean) => {
    const params: unknown[] = [];
    const p = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
    return { params, p, matches: matchesSql(spec, p, withRadius) };
  };
  // The radius whose disk (beyond the cursor's distance) should hold RING_TARGET pages, were the
  // matches as dense as in the rings read so far.
  const nextRing = (ring: number, found: number) => {
    const areaGrowth = Math.min(Math.max((RING_TARGET * want) / Math.max(found, 1), RING_AREA_GROWTH.min), RING_AREA_GROWTH.max);
    const a = Math.min(afterKm, ring);
    return Math.min(Math.sqrt(a * a + (ring * ring - a * a) * areaGrowth), maxKm);
  };
  const hits: SearchHit[] = [];
  let inner = 0;
  // The first ring may have been read already (pointCandidates).
  let read = first?.hits ?? null;
  for (let ring = first?.ring ?? firstRingKm(spec); ; ring = nextRing(ring, hits.length)) {
    if (read) {
      hits.push(...read);
      read = null;
    } else {
      // No radius filter: the ring never reaches beyond the radius.
      const { params, p, matches } = statement(false);
      const [lat, lng, r] = [p(spec.origin!.latitude, 'float8'), p(spec.origin!.longitude, 'float8'), p(ring, 'float8')];
      if (spec.bandedRings === false) hits.length = 0; // a whole ring reads the previous one again
      const limit = p(want - hits.length, 'int');
      const ofWord = word ? lexemeInSql(word.group, word.lexemes, 'l.lexeme', p) : null;
      hits.push(...(await sql.query<SearchHit>(spec.bandedRings === false ? wholeRingSql(spec, p, matches, lat, lng, r, limit) : bandSql(spec, p, matches, ofWord, lat, lng, r, inner, limit), params)));
    }
    inner = ring;
    if (hits.length >= want || ring >= maxKm) {
      if (hits.length >= want || spec.radiusKm !== null) return hits;
      // Beyond every ring: the matches without coordinates (sort key 1e9, by id), after the cursor.
      const rest = statement(true);
      const cursorId = spec.after && Number(spec.after.key) >= 1e9 ? `and s.id > ${rest.p(spec.after.id, 'uuid')}` : '';
      const unlocated = await sql.query<SearchHit>(
        `select s.id, 1e9::float8 as sort_key, null::float8 as distance_km from services s
          where ${rest.matches} and not exists (select 1 from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
                                           where x.tenant_id = s.tenant_id and x.service_id = s.id and l.latitude is not null) ${cursorId}
          order by s.id limit ${rest.p(want - hits.length, 'int')}`,
        rest.params,
      );
      return [...hits, ...unlocated];
    }
  }
}

/**
 * The matches whose nearest location lies in the band `inner < km <= r` (a disk when inner is 0),
 * after the cursor, nearest first, at most `limit`. The band's places come sorted by distance;
 * the probes run in that order and the incremental sort on (km, id) lets the limit stop them. A
 * service is kept at its nearest location only (ties: the smaller location id), so no grouping
 * is needed and the cursor applies per row. With text, the places are those of the driving
 * word's postings (see rarestGroup) in directory_posting_points whose lexeme passes `ofWord`
 * (lexemeInSql), read from its index alone, by its lexemes when known so the latitude bounds the
 * scan (decision 0026): only services
 * that have the word are probed, and checked against every word by `@@`. Without text, the
 * locations of the band, each probed for its services.
 */
function bandSql(spec: SearchSpec, p: Param, matches: string, ofWord: string | null, lat: string, lng: string, r: string, inner: number, limit: string): string {
  const km = haversine(lat, lng);
  const band = [`l.km <= ${r}`, ...(inner > 0 ? [`l.km > ${p(inner, 'float8')}`] : []), ...(spec.after ? [`l.km >= ${p(spec.after.key, 'float8')}`] : [])];
  const cursor = cursorSql(spec, p, 'l.km', 's.id', 'float8');
  const after = cursor ? `where ${cursor}` : '';
  // Rows (tenant_id, service_id, id: the location) of the box; a service has a row per lexeme of
  // the word's range at each place, hence distinct.
  const places = ofWord
    ? `select distinct l.tenant_id, l.service_id, l.location_id as id, l.latitude, l.longitude from directory_posting_points l
        where l.tenant_id = app_tenant_id() and ${ofWord} ${listedSql(spec, 'l')} and ${boxSql(lat, lng, r)}`
    : `select l.tenant_id, x.service_id, l.id, l.latitude, l.longitude from locations l
        cross join lateral (select x.service_id from service_at_locations x where x.tenant_id = l.tenant_id and x.location_id = l.id offset 0) x
        where l.tenant_id = app_tenant_id() and ${boxSql(lat, lng, r)}`;
  // `offset 0` keeps the subqueries as written: the distance computed once per place of the box
  // (not once per condition), and the lateral a probe per service, in distance order. In the
  // nearest-location subquery the inner x and l hide the outer ones (the distance is of the inner l).
  return `select s.id, l.km as sort_key, l.km as distance_km
     from (select l.* from (select l.tenant_id, l.service_id, l.id, ${km} as km from (${places} offset 0) l offset 0) l
            where ${band.join(' and ')} order by l.km offset 0) l
     cross join lateral (select s.id from services s where s.tenant_id = l.tenant_id and s.id = l.service_id and ${matches}
                           and l.id = (select x.location_id from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
                                        where x.tenant_id = s.tenant_id and x.service_id = s.id and l.latitude is not null order by ${km}, l.id limit 1) offset 0) s
    ${after} order by l.km, s.id limit ${limit}`;
}


/** The matches with a location within r (their nearest there), after the cursor: every location of the ring probed (before decision 0024; tests compare). */
function wholeRingSql(spec: SearchSpec, p: Param, matches: string, lat: string, lng: string, r: string, limit: string): string {
  const cursor = cursorSql(spec, p, 'min(l.km)', 's.id', 'float8');
  const after = cursor ? `having ${cursor}` : '';
  return `select s.id, min(l.km) as sort_key, min(l.km) as distance_km
       from (select l.tenant_id, l.id, ${haversine(lat, lng)} as km from locations l where l.tenant_id = app_tenant_id() and ${nearbySql(lat, lng, r)}) l
       cross join lateral (select x.service_id from service_at_locations x where x.tenant_id = l.tenant_id and x.location_id = l.id offset 0) x
       cross join lateral (select s.id from services s where s.tenant_id = l.tenant_id and s.id = x.service_id and ${matches} offset 0) s
      group by s.id ${after} order by 2, 1 limit ${limit}`;
}
