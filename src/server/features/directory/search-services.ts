import type { PublicServiceSearchQuery, ServicePage, ServiceSearchQuery, ServiceSummary } from '../../../contracts/directory';
import { preparedShape, type Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { decodeCursor, encodeCursor } from '../../platform/pagination';
import { canModerate, canSearchDirectory } from './policy';
import { searchServiceIds, type Audience, type Point } from './search-queries';
import { searchQueryFor } from './search-words';
import { serviceSummaries, type SummaryRow } from './summary-queries';

/** What the route resolved before the transaction: the tenant, the postcode's point (geocoding is not done in a transaction) and the clock. */
export interface SearchContext {
  tenantId: string;
  origin: Point | null;
  now: Date;
}

const list = (v: string | undefined) => (v ? [...new Set(v.split(','))] : null);
const SHORT = 180;
/** Upper bound for one search statement on PostgreSQL (the DESIGN budget is 15 ms p95). */
const SEARCH_TIMEOUT_MS = 3000;
export function shortDescription(text: string): string {
  if (text.length <= SHORT) return text;
  const cut = text.slice(0, SHORT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120)).trimEnd()}…`;
}

/**
 * The transaction settings of a search, which the route sends with `begin` (one round trip fewer
 * than a statement of their own). A search never holds a connection for long: PostgreSQL cancels
 * a runaway statement (PGlite ignores the timeout; there the query shapes themselves are bounded).
 * synchronize_seqscans off: a scan that stops after the first matches (search-queries.ts) then
 * always starts at the table's first page, so the next page of a search ranks the same candidates.
 * jit off: the planner's costs for the postings probes reach the JIT threshold, and compiling took
 * 38 of a statement's 44 ms whose work took 2 (PostgreSQL 15). Bitmap scans off for a text search:
 * with a low estimate for a word's postings the planner read all of them in a bitmap and sorted
 * them, instead of walking the index in order and stopping after the candidates. Not without
 * text: some filter combinations read twice the buffers without bitmaps (decision 0018).
 */
export function searchSettings(query: Pick<PublicServiceSearchQuery, 'q'>): Record<string, string> {
  return {
    statement_timeout: String(SEARCH_TIMEOUT_MS), synchronize_seqscans: 'off', jit: 'off',
    ...(query.q?.trim() ? { enable_bitmapscan: 'off' } : {}),
  };
}

/** Every statement of a search as a prepared statement of its shape (decision 0026). */
const shaped = (sql: Sql): Sql => ({ ...sql, query: (text, params) => sql.query(preparedShape(text), params) });

const radians = (degrees: number) => (degrees * Math.PI) / 180;
/** Great-circle distance in km, the formula of search-queries.ts's haversine. */
export function haversineKm(a: Point, b: Point): number {
  const h = Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

export function toSummary(r: SummaryRow, distanceKm: number | null): ServiceSummary {
  return {
    id: r.id, name: r.name, organizationName: r.organization_name, shortDescription: shortDescription(r.description), themes: r.themes, kind: r.kind, cost: r.cost,
    minimumAge: r.minimum_age === null ? null : Number(r.minimum_age), maximumAge: r.maximum_age === null ? null : Number(r.maximum_age),
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 100) / 100, openNow: r.open_now,
    placesAvailable: r.places_available, waitingWeeks: r.waiting_weeks, capacityUpdatedAt: r.capacity_updated_at ? new Date(r.capacity_updated_at).toISOString() : null,
    point: r.latitude === null || r.longitude === null ? null : { latitude: r.latitude, longitude: r.longitude }, city: r.city,
    moderationState: r.moderation_state, flagged: r.flagged,
  };
}

async function search(unprepared: Sql, query: PublicServiceSearchQuery, audience: Audience, ctx: SearchContext): Promise<ServicePage> {
  if ((query.sort === 'distance' || query.radiusKm !== undefined) && !ctx.origin)
    throw new AppError('validation_failed', { field: 'query.postcode', detail: 'Give a postcode to search by distance.' });
  const cursor = decodeCursor(query.cursor, 2);
  // A text search's statements are prepared by shape: their plans are fixed by their form (fences,
  // laterals), and parsing and planning were a third of their time (decision 0026). Not a search
  // by filters alone: there a filter's frequency decides the plan, which a generic plan cannot see
  // (facetSearch prepares its own statement: a merge in name order is the plan whatever the facets).
  const withText = Boolean(query.q?.trim());
  const sql = withText ? shaped(unprepared) : unprepared;
  if (cursor && typeof cursor[1] !== 'string') throw new AppError('invalid_cursor', { field: 'query.cursor' });
  const { hits, total, totalExact } = await searchServiceIds(sql, {
    tsquery: await searchQueryFor(sql, ctx.tenantId, query.q), themes: list(query.theme), costs: list(query.cost), languages: list(query.language),
    age: query.age ?? null, districtId: query.districtId ?? null, neighbourhoodId: query.neighbourhoodId ?? null, kind: query.kind ?? null,
    openNow: query.openNow === true, hasCapacity: query.hasCapacity === true, origin: ctx.origin, radiusKm: query.radiusKm ?? null,
    sort: query.sort, now: ctx.now, audience, after: cursor ? { key: cursor[0]!, id: String(cursor[1]) } : null, limit: query.limit,
  });
  const page = hits.slice(0, query.limit);
  const rows = new Map((await serviceSummaries(sql, page.map((h) => h.id), ctx.now, ctx.origin)).map((r) => [r.id, r]));
  const last = page[page.length - 1];
  return {
    // The distance of a page sorted otherwise: to the nearest location the summary picked.
    items: page.flatMap((h) => {
      const r = rows.get(h.id);
      if (!r) return [];
      const km = h.distance_km ?? (ctx.origin && r.latitude !== null && r.longitude !== null ? haversineKm(ctx.origin, { latitude: r.latitude, longitude: r.longitude }) : null);
      return [toSummary(r, km)];
    }),
    nextCursor: hits.length > query.limit && last ? encodeCursor([last.sort_key, last.id]) : null,
    total, totalExact,
  };
}

/** The public search: only public, approved, active entries that are not hidden. */
export function searchPublicServices(sql: Sql, query: PublicServiceSearchQuery, ctx: SearchContext): Promise<ServicePage> {
  return search(sql, query, { kind: 'public' }, ctx);
}

/**
 * The staff search: also entries for professionals only. Pending or rejected entries: the team
 * (moderators) sees all of them, anyone else only the ones they keep.
 */
export function requireDirectoryReader(actor: Actor): void {
  if (!canSearchDirectory(actor)) throw new AppError('forbidden');
}

export function searchStaffServices(sql: Sql, actor: Actor, query: ServiceSearchQuery, ctx: SearchContext): Promise<ServicePage> {
  requireDirectoryReader(actor);
  const keptOnly = query.mine === true || (query.moderation !== 'approved' && !canModerate(actor));
  return search(sql, query, {
    kind: 'staff', userId: actor.userId, moderation: query.moderation, keptOnly,
    organizationId: query.organizationId ?? null, includeHidden: query.includeHidden === true,
  }, ctx);
}
