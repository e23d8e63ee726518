import { LRUCache } from 'lru-cache';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { AppError } from '../../platform/errors';
import type { Point } from './search-queries';

export const PDOK_LOCATIESERVER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

export const normalisePostcode = (postcode: string): string => postcode.replace(/\s+/g, '').toUpperCase();

/** The geocoder endpoint in effect: the setting, else PDOK; never the internet under test. */
export function geocoderUrl(config: Pick<Config, 'DIRECTORY_GEOCODER_URL' | 'NODE_ENV'>): string | null {
  const url = config.DIRECTORY_GEOCODER_URL ?? (config.NODE_ENV === 'test' ? 'off' : PDOK_LOCATIESERVER);
  return url === 'off' ? null : url;
}

/** Asks a PDOK-Locatieserver-compatible endpoint; `centroide_ll` is `POINT(lon lat)`. Null when unknown or unreachable. */
export async function askGeocoder(url: string, postcode: string): Promise<Point | null> {
  try {
    const response = await fetch(`${url}?q=${encodeURIComponent(postcode)}&fq=type:postcode&rows=1&fl=centroide_ll`, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return null;
    const body = (await response.json()) as { response?: { docs?: { centroide_ll?: string }[] } };
    const match = /^POINT\(([-0-9.]+) ([-0-9.]+)\)$/.exec(body.response?.docs?.[0]?.centroide_ll ?? '');
    if (!match) return null;
    const point = { longitude: Number(match[1]), latitude: Number(match[2]) };
    return Number.isFinite(point.latitude) && Math.abs(point.latitude) <= 90 && Math.abs(point.longitude) <= 180 ? point : null;
  } catch {
    return null;
  }
}

/** Points of postcodes a server remembers, and for how long (see createPostcodePoints). */
const REMEMBERED = { max: 10_000, ttlMs: 60 * 60_000 };

export interface PostcodePoints {
  /** A postcode's point: remembered, else from postcode_points, else from the geocoder (then stored). Null when nobody knows it. */
  lookUp(tenantId: string, raw: string): Promise<Point | null>;
  /** As lookUp, for a search from a postcode: unknown is a 400 naming the field. */
  resolve(tenantId: string, raw: string, field?: string): Promise<Point>;
}

/**
 * Postcode points for one server. A point once known is remembered (per tenant, at most
 * REMEMBERED.max, for REMEMBERED.ttlMs): a search by distance then starts without a transaction of
 * its own for the postcode (three round trips, a third of a distance search's statements). A
 * postcode's point is only ever written when it was unknown (the geocoder's answer, the seed), so a
 * remembered point is the stored one. The geocoder is asked outside any transaction, so no
 * database connection waits on the network. Unknown postcodes are not remembered: the next search
 * asks again.
 */
export function createPostcodePoints(db: Database, config: Pick<Config, 'DIRECTORY_GEOCODER_URL' | 'NODE_ENV'>): PostcodePoints {
  const remembered = new LRUCache<string, Point>({ max: REMEMBERED.max, ttl: REMEMBERED.ttlMs });
  async function stored(tenantId: string, postcode: string): Promise<Point | null> {
    const known = await db.withTenant({ tenantId }, (sql) =>
      sql.query<Point>('select latitude, longitude from postcode_points where tenant_id = app_tenant_id() and postcode = $1', [postcode]));
    if (known[0]) return known[0];
    const url = geocoderUrl(config);
    const found = url ? await askGeocoder(url, postcode) : null;
    if (!found) return null;
    await db.withTenant({ tenantId }, (sql) =>
      sql.query(`insert into postcode_points (tenant_id, postcode, latitude, longitude, source) values (app_tenant_id(), $1, $2, $3, 'geocoder')
                 on conflict (tenant_id, postcode) do update set latitude = excluded.latitude, longitude = excluded.longitude, updated_at = now()`,
        [postcode, found.latitude, found.longitude]));
    return found;
  }
  const lookUp = async (tenantId: string, raw: string): Promise<Point | null> => {
    const postcode = normalisePostcode(raw);
    const key = `${tenantId}:${postcode}`;
    const hit = remembered.get(key);
    if (hit) return hit;
    const found = await stored(tenantId, postcode);
    if (found) remembered.set(key, { latitude: found.latitude, longitude: found.longitude });
    return found;
  };
  return {
    lookUp,
    async resolve(tenantId, raw, field = 'query.postcode') {
      const found = await lookUp(tenantId, raw);
      if (!found) throw new AppError('validation_failed', { field, detail: 'We could not find this postcode.' });
      return found;
    },
  };
}
