import { describe, expect, it } from 'vitest';
import { activeFilterCount, apiQueryFromSearch, paramsFromSearch, searchFromParams } from './search-params';

describe('directory search in the URL', () => {
  it('reads a shared URL back into the same search', () => {
    const url = 'q=voetbal&age=9&postcode=1234AB&radiusKm=5&districtId=0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b&openNow=true&sort=distance';
    const search = searchFromParams(new URLSearchParams(url));
    expect(search).toMatchObject({ q: 'voetbal', age: '9', area: 'd:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', openNow: true, hasCapacity: false, sort: 'distance' });
    expect(paramsFromSearch(search).toString()).toBe(url);
    expect(activeFilterCount(search)).toBe(4);
  });

  it('writes a neighbourhood as neighbourhoodId, normalises the postcode and leaves empty filters out', () => {
    const search = { ...searchFromParams(new URLSearchParams()), area: 'n:abc', postcode: '1234 ab' };
    expect(paramsFromSearch(search, { view: 'map' }).toString()).toBe('postcode=1234AB&neighbourhoodId=abc&view=map');
  });

  it('asks the API for no distance sort or radius without a postcode', () => {
    const search = { ...searchFromParams(new URLSearchParams('sort=distance&radiusKm=5&q=sport')) };
    expect(apiQueryFromSearch(search)).toEqual({ q: 'sport' });
  });

  it('falls back to relevance for an unknown sort in the URL', () => {
    expect(searchFromParams(new URLSearchParams('sort=bogus')).sort).toBe('relevance');
  });
});
