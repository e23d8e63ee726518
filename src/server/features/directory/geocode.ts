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

/**
 * A postcode's point: from postcode_points, else from the geocoder (outside any transaction, so
 * no database connection waits on the network) and then remembered. Null when nobody knows it.
 */
export async function lookUpPostcode(db: Database, config: Pick<Config, 'DIRECTORY_GEOCODER_URL' | 'NODE_ENV'>, tenantId: string, raw: string): Promise<Point | null> {
  const postcode = normalisePostcode(raw);
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

/** As lookUpPostcode, for a search from a postcode: unknown is a 400 naming the field. */
export async function resolvePostcode(db: Database, config: Pick<Config, 'DIRECTORY_GEOCODER_URL' | 'NODE_ENV'>, tenantId: string, raw: string, field = 'query.postcode'): Promise<Point> {
  const found = await lookUpPostcode(db, config, tenantId, raw);
  if (!found) throw new AppError('validation_failed', { field, detail: 'We could not find this postcode.' });
  return found;
}
