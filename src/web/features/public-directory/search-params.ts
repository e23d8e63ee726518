import { SERVICE_SORTS } from '../../../contracts/rules';

/**
 * The search lives in the URL (`?q=voetbal&age=9&postcode=1234AB`), so a search can be shared and the
 * back button works. The URL uses the API's own parameter names; `view=map` shows the map.
 */
export interface DirectorySearch {
  q: string;
  theme: string;
  age: string;
  cost: string;
  language: string;
  /** `d:<districtId>` or `n:<neighbourhoodId>`, or empty. */
  area: string;
  kind: string;
  openNow: boolean;
  hasCapacity: boolean;
  postcode: string;
  radiusKm: string;
  sort: (typeof SERVICE_SORTS)[number];
}

const TEXT_KEYS = ['q', 'theme', 'age', 'cost', 'language', 'kind', 'postcode', 'radiusKm'] as const;

export function searchFromParams(params: URLSearchParams): DirectorySearch {
  const text = Object.fromEntries(TEXT_KEYS.map((key) => [key, params.get(key) ?? ''])) as Record<(typeof TEXT_KEYS)[number], string>;
  const district = params.get('districtId');
  const neighbourhood = params.get('neighbourhoodId');
  const sort = SERVICE_SORTS.find((s) => s === params.get('sort')) ?? 'relevance';
  return {
    ...text,
    area: neighbourhood ? `n:${neighbourhood}` : district ? `d:${district}` : '',
    openNow: params.get('openNow') === 'true',
    hasCapacity: params.get('hasCapacity') === 'true',
    sort,
  };
}

/** The URL parameters of a search (empty filters left out); `extra` keeps e.g. `view=map`. */
export function paramsFromSearch(search: DirectorySearch, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of TEXT_KEYS) {
    const value = search[key].trim();
    if (value) params.set(key, key === 'postcode' ? value.replace(/\s+/g, '').toUpperCase() : value);
  }
  if (search.area.startsWith('d:')) params.set('districtId', search.area.slice(2));
  if (search.area.startsWith('n:')) params.set('neighbourhoodId', search.area.slice(2));
  if (search.openNow) params.set('openNow', 'true');
  if (search.hasCapacity) params.set('hasCapacity', 'true');
  if (search.sort !== 'relevance') params.set('sort', search.sort);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
}

/** The API query for a search: sorting by distance and a radius need a postcode, so without one they are left out. */
export function apiQueryFromSearch(search: DirectorySearch): Record<string, string> {
  const params = paramsFromSearch(search);
  if (!params.has('postcode')) {
    params.delete('radiusKm');
    if (params.get('sort') === 'distance') params.delete('sort');
  }
  return Object.fromEntries(params);
}

/** How many filters (besides the search words) are on, for the "Filters (3)" toggle. */
export function activeFilterCount(search: DirectorySearch): number {
  return [search.theme, search.age, search.cost, search.language, search.area, search.kind, search.postcode].filter(Boolean).length + Number(search.openNow) + Number(search.hasCapacity);
}
