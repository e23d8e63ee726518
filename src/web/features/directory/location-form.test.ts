import { describe, expect, it } from 'vitest';
import type { LocationView } from '../../../contracts/directory';
import { EMPTY_LOCATION, LocationForm, locationChanges, newLocationInput } from './location-form';

const place: LocationView = {
  id: '0190a000-0000-7000-8000-000000000001', organizationId: null, name: 'Buurthuis De Linde', description: null, transportation: null, latitude: 52.1, longitude: 5.1,
  address: { address1: 'Lindelaan 2', address2: null, postalCode: '9101AA', city: 'Voorbeeld' }, accessibility: [{ description: 'Drempelvrij', details: null }], version: 3,
};

describe('the place form', () => {
  it('makes a new place with one accessibility feature per line and no empty texts', () => {
    const values = LocationForm.parse({ ...EMPTY_LOCATION, name: 'De Linde', street: 'Lindelaan 2', postcode: '9101 aa', city: 'Voorbeeld', accessibility: 'Drempelvrij\n\n  Invalidetoilet \n' });
    expect(newLocationInput('org', values)).toEqual({ organizationId: 'org', name: 'De Linde', description: null, transportation: null,
      address: { address1: 'Lindelaan 2', postalCode: '9101 aa', city: 'Voorbeeld' }, accessibility: ['Drempelvrij', 'Invalidetoilet'] });
  });

  it('sends only what changed; the same postcode written differently is no change', () => {
    const same = LocationForm.parse({ name: 'Buurthuis De Linde', street: 'Lindelaan 2', postcode: '9101 AA', city: 'Voorbeeld', description: '', transportation: '', accessibility: 'Drempelvrij' });
    expect(locationChanges(place, same)).toEqual({});
    const moved = LocationForm.parse({ ...same, postcode: '9102 BB', transportation: 'Bus 8' });
    expect(locationChanges(place, moved)).toEqual({ transportation: 'Bus 8', address: { address1: 'Lindelaan 2', postalCode: '9102 BB', city: 'Voorbeeld' } });
  });

  it('asks for the name and a full address', () => {
    const result = LocationForm.safeParse({ ...EMPTY_LOCATION, postcode: '12' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['city', 'name', 'postcode', 'street']);
  });
});
