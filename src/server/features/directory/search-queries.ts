import type { Sql } from '../../db/database';

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
}

export interface SearchHit {
  id: string;
  sort_key: number | string;
  distance_km: number | null;
}

const KM_PER_DEGREE = 111.2;
/** Great-circle distance in km from the origin ($lat, $lng) to location l. */
export const haversine = (lat: string, lng: string) =>
  `(12742 * asin(sqrt(power(sin(radians(l.latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lng}) / 2), 2))))`;

/** Amsterdam wall clock of $now: a one-row relation `clock(day, t, wd)`. */
export const clockSql = (now: string) =>
  `(select (${now}::timestamptz at time zone 'Europe/Amsterdam')::date as day, (${now}::timestamptz at time zone 'Europe/Amsterdam')::time as t,
          (array['MO','TU','WE','TH','FR','SA','SU'])[extract(isodow from ${now}::timestamptz at time zone 'Europe/Amsterdam')::int] as wd)`;

/** Schedule row `sc` is open at `clock` (see open-now.ts isOpenAt, held to it by a property test). */
export const OPEN_RULE_SQL = `sc.freq = 'WEEKLY' and sc.opens_at is not null and sc.closes_at is not null
     and clock.wd = any(string_to_array(replace(upper(coalesce(sc.byday, '')), ' ', ''), ','))
     and sc.opens_at <= clock.t and clock.t < sc.closes_at
     and (sc.valid_from is null or sc.valid_from <= clock.day) and (sc.valid_to is null or clock.day <= sc.valid_to)`;

/**
 * Service s is open by one of its own or its service-at-locations' WEEKLY schedules. Two EXISTS,
 * not one with OR, so each probes its index instead of scanning every schedule per service.
 */
export const openNowSql = (now: string) => `(exists (
    select 1 from schedules sc, ${clockSql(now)} clock where sc.tenant_id = s.tenant_id and sc.service_id = s.id and ${OPEN_RULE_SQL})
  or exists (
    select 1 from service_at_locations x join schedules sc on sc.tenant_id = x.tenant_id and sc.service_at_location_id = x.id, ${clockSql(now)} clock
     where x.tenant_id = s.tenant_id and x.service_id = s.id and ${OPEN_RULE_SQL}))`;

export const KEPT_BY = (user: string) => `(s.owner_user_id = ${user} or exists (select 1 from organization_members m
  where m.tenant_id = s.tenant_id and m.organization_id = s.organization_id and m.user_id = ${user}))`;

/** The ids of one page of matches, in order, with their sort key (and distance when searching from a point). */
export async function searchServiceIds(sql: Sql, spec: SearchSpec): Promise<SearchHit[]> {
  const params: unknown[] = [];
  const p = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
  const where: string[] = ['s.tenant_id = app_tenant_id()'];
  const a = spec.audience;
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
  const tsq = spec.tsquery ? `to_tsquery('simple', ${p(spec.tsquery, 'text')})` : null;
  if (tsq) where.push(`s.search_document @@ ${tsq}`);
  if (spec.themes) where.push(`exists (select 1 from attributes at join taxonomy_terms tt on tt.tenant_id = at.tenant_id and tt.id = at.taxonomy_term_id
    where at.tenant_id = s.tenant_id and at.link_id = s.id and tt.code = any(${p(spec.themes, 'text[]')}))`);
  if (spec.costs) where.push(`s.cost = any(${p(spec.costs, 'text[]')})`);
  if (spec.languages) where.push(`exists (select 1 from languages lg where lg.tenant_id = s.tenant_id and lg.service_id = s.id and lower(lg.code) = any(${p(spec.languages, 'text[]')}))`);
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
  if (spec.openNow) where.push(openNowSql(p(spec.now.toISOString(), 'timestamptz')));

  let distance = 'null::float8';
  let from = 'services s';
  if (spec.origin) {
    const [lat, lng] = [p(spec.origin.latitude, 'float8'), p(spec.origin.longitude, 'float8')];
    const nearby = spec.radiusKm === null ? 'true' : (() => {
      const r = p(spec.radiusKm, 'float8');
      return `l.latitude between ${lat} - ${r} / ${KM_PER_DEGREE} and ${lat} + ${r} / ${KM_PER_DEGREE}
        and l.longitude between ${lng} - ${r} / (${KM_PER_DEGREE} * cos(radians(${lat}))) and ${lng} + ${r} / (${KM_PER_DEGREE} * cos(radians(${lat})))
        and ${haversine(lat, lng)} <= ${r}`;
    })();
    // Once per candidate in a lateral join, not twice (radius filter and select) as a scalar subquery.
    from = `services s cross join lateral (select min(${haversine(lat, lng)}) as km from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
      where x.tenant_id = s.tenant_id and x.service_id = s.id and l.latitude is not null and ${nearby}) dist`;
    distance = 'dist.km';
    if (spec.radiusKm !== null) where.push('dist.km is not null');
  }
  const key = spec.sort === 'distance' ? `coalesce(${distance}, 1e9)` : spec.sort === 'name' || !tsq ? 'lower(s.name)' : `-ts_rank(s.search_document, ${tsq})`;
  const keyCast = spec.sort === 'name' || (spec.sort === 'relevance' && !tsq) ? 'text' : 'float8';
  const after = spec.after ? `where (m.sort_key, m.id) > (${p(spec.after.key, keyCast)}, ${p(spec.after.id, 'uuid')})` : '';
  return sql.query<SearchHit>(
    `select m.id, m.sort_key, m.distance_km from (
       select s.id, (${key})::${keyCast === 'text' ? 'text' : 'float8'} as sort_key, ${distance} as distance_km
         from ${from} where ${where.join('\n and ')}) m
      ${after} order by m.sort_key, m.id limit ${p(spec.limit + 1, 'int')}`,
    params,
  );
}
