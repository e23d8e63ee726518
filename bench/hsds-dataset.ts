import { createHash } from 'node:crypto';

/** A stable UUID (v5-shaped, from md5) for generated records, so a regenerated data set has the same ids. */
export function stableId(name: string): string {
  const hex = createHash('md5').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const THEMES = ['Sport', 'Huiswerk', 'Opvoeden', 'Geld', 'Ontmoeten'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

/**
 * An HSDS 3 data set (per-object arrays, as the full export) of `count` services: one organisation
 * per ten services, and per service a location with an address, a service at location, a weekly
 * schedule, a phone and a theme attribute from its own taxonomy. For the import benchmark.
 */
export function generateHsdsDataset(count: number, seed = 'bench'): Record<string, Record<string, unknown>[]> {
  const id = (kind: string, n: number) => stableId(`${seed}:${kind}:${n}`);
  const taxonomy = { id: id('taxonomy', 0), name: 'Benchmark thema', description: 'Thema voor de benchmark' };
  const terms = THEMES.map((name, n) => ({ id: id('term', n), name, description: '', taxonomy_id: taxonomy.id, code: name.toLowerCase() }));
  const set: Record<string, Record<string, unknown>[]> = {
    taxonomies: [taxonomy], taxonomy_terms: terms, organizations: [], services: [], locations: [], service_at_locations: [], addresses: [], schedules: [], phones: [], attributes: [],
  };
  for (let n = 0; n < count; n += 1) {
    const organization = id('organization', Math.floor(n / 10));
    if (n % 10 === 0) set.organizations!.push({ id: organization, name: `Stichting Buurt ${n / 10}`, description: 'Een organisatie in de wijk' });
    const service = id('service', n);
    const location = id('location', n);
    const sal = id('sal', n);
    set.services!.push({
      id: service, organization_id: organization, name: `Activiteit ${n} in de wijk`, status: 'active', description: `Huiswerkbegeleiding en voetbal voor kinderen, activiteit ${n}.`,
      minimum_age: 4 + (n % 8), maximum_age: 12 + (n % 6), kind: n % 3 === 0 ? 'informal' : 'formal', cost: n % 2 ? 'free' : 'low',
    });
    set.locations!.push({ id: location, location_type: 'physical', name: `Buurthuis ${n}`, latitude: 52 + (n % 100) / 1000, longitude: 5 + (n % 97) / 1000 });
    set.addresses!.push({ id: id('address', n), location_id: location, address_1: `Dorpsstraat ${n + 1}`, city: 'Voorbeeld', state_province: '', postal_code: '9999ZZ', country: 'NL', address_type: 'physical' });
    set.service_at_locations!.push({ id: sal, service_id: service, location_id: location });
    set.schedules!.push({ id: id('schedule', n), service_id: service, freq: 'WEEKLY', byday: DAYS[n % 5], opens_at: '15:00', closes_at: '17:00' });
    set.phones!.push({ id: id('phone', n), service_id: service, number: `0${String(600000000 + n)}` });
    set.attributes!.push({ id: id('attribute', n), link_id: service, link_entity: 'service', taxonomy_term_id: terms[n % THEMES.length]!.id });
  }
  return set;
}
