import { createHash } from 'node:crypto';
import { Faker, base, nl } from '@faker-js/faker';
import type { Sql } from '../db/database';
import { refreshDirectorySearch } from '../features/directory/refresh-search';
import { CENTRE, DISTRICT_OFFSET, FORMAL, INFORMAL, LANGUAGES, ORGANISATION_OF_THEME, ORGANISATIONS, PLACES, type Template } from './directory-catalogue';
import { insertColumns } from './seed-households';

export interface DirectorySeedInput {
  tenantId: string;
  seed: number;
  /** Services to add, numbered from `from` (a third informal). */
  from: number;
  to: number;
  /** The demo provider keeps the first organisation; the demo host some informal entries. */
  providerUserId?: string | null;
  hostUserId?: string | null;
  now?: Date;
}

interface Area { postcode: string; neighbourhoodId: string; neighbourhood: string; districtId: string; districtCode: string; latitude: number; longitude: number }
const DAY = 86_400_000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Every postcode of the tenant gets a point near its neighbourhood (districts north to south), once. */
async function placePostcodes(sql: Sql, tenantId: string, faker: Faker): Promise<Area[]> {
  const rows = await sql.query<Omit<Area, 'latitude' | 'longitude'> & { latitude: number | null; longitude: number | null; n: number }>(
    `select p.postcode, n.id as "neighbourhoodId", n.name as neighbourhood, d.id as "districtId", d.cbs_code as "districtCode", pp.latitude, pp.longitude,
            dense_rank() over (partition by d.id order by n.cbs_code)::int as n
       from postcode_areas p join neighbourhoods n on n.tenant_id = p.tenant_id and n.id = p.neighbourhood_id
       join districts d on d.tenant_id = n.tenant_id and d.id = n.district_id
       left join postcode_points pp on pp.tenant_id = p.tenant_id and pp.postcode = p.postcode
      where p.tenant_id = app_tenant_id() order by p.postcode`);
  const fresh: unknown[][] = [];
  const areas = rows.map((r) => {
    if (r.latitude !== null && r.longitude !== null) return { ...r, latitude: r.latitude, longitude: r.longitude };
    const latitude = CENTRE.latitude + (DISTRICT_OFFSET[r.districtCode] ?? 0) + faker.number.float({ min: -0.004, max: 0.004 });
    const longitude = CENTRE.longitude + (r.n - 2) * 0.018 + faker.number.float({ min: -0.006, max: 0.006 });
    fresh.push([r.postcode, latitude, longitude, 'seed']);
    return { ...r, latitude, longitude };
  });
  await insertColumns(sql, tenantId, 'postcode_points (tenant_id, postcode, latitude, longitude, source)', ['text', 'float8', 'float8', 'text'], fresh);
  return areas;
}

async function ensureOrganisations(sql: Sql, tenantId: string, count: number, id: (kind: string, n: number) => string, providerUserId: string | null): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => id('organization', i));
  const names = ids.map((_, i) => `${ORGANISATIONS[i % ORGANISATIONS.length]}${i < ORGANISATIONS.length ? '' : ` ${Math.floor(i / ORGANISATIONS.length) + 1}`}`);
  await sql.query(`insert into organizations (tenant_id, id, name, description) select $1, i, n, n || ': hulp en activiteiten in Gemeente Voorbeeld.'
                   from unnest($2::uuid[], $3::text[]) as t(i, n) on conflict do nothing`, [tenantId, ids, names]);
  // The demo provider works at the Centrum voor Jeugd en Gezin (parenting services).
  if (providerUserId && ids[1]) await sql.query('insert into organization_members (tenant_id, organization_id, user_id) values ($1, $2, $3) on conflict do nothing', [tenantId, ids[1], providerUserId]);
  return ids;
}

/**
 * Adds services `from`…`to` with a location (address, coordinates, neighbourhood), weekly
 * schedules, themes, languages, the district served and capacity; about a third informal, some
 * waiting for moderation, some unconfirmed for months. Deterministic by seed; multi-row inserts.
 */
export async function seedDirectory(sql: Sql, input: DirectorySeedInput): Promise<number> {
  const faker = new Faker({ locale: [nl, base], seed: input.seed + input.from });
  const id = (kind: string, n: number) => stableId(`${input.tenantId}:${input.seed}`, kind, n);
  const areas = await placePostcodes(sql, input.tenantId, faker);
  if (!areas.length || input.to <= input.from) return 0;
  const orgs = await ensureOrganisations(sql, input.tenantId, Math.max(ORGANISATIONS.length, Math.ceil(input.to / 15)), id, input.providerUserId ?? null);
  const terms = new Map((await sql.query<{ code: string; id: string }>(`select code, id from taxonomy_terms where tenant_id = app_tenant_id() and taxonomy = 'wijkwijs-themes'`)).map((t) => [t.code, t.id]));
  const now = (input.now ?? new Date()).getTime();
  const rows = { services: [] as unknown[][], locations: [] as unknown[][], addresses: [] as unknown[][], sal: [] as unknown[][], schedules: [] as unknown[][], attributes: [] as unknown[][], languages: [] as unknown[][], districts: [] as unknown[][] };
  const serviceIds: string[] = [];
  for (let n = input.from; n < input.to; n++) {
    const informal = n % 3 === 2;
    const t: Template = informal ? INFORMAL[(n * 7) % INFORMAL.length]! : FORMAL[(n * 11) % FORMAL.length]!;
    const area = areas[(n * 13 + faker.number.int(areas.length - 1)) % areas.length]!;
    const [serviceId, locationId] = [id('service', n), id('location', n)];
    serviceIds.push(serviceId);
    const copies = Math.max(1, Math.floor(orgs.length / ORGANISATIONS.length));
    const org = informal ? null : orgs[(ORGANISATION_OF_THEME[t.theme] ?? 0) + ORGANISATIONS.length * (n % copies)]!;
    // An activity is named after its street's own name, its last word: 'de Witdijk' gave "Koffieochtend de".
    const name = informal ? `${t.name} ${faker.location.street().split(' ').at(-1)}` : `${t.name} ${area.neighbourhood}`;
    const pending = informal && n % 25 === 5;
    const confirmedDaysAgo = informal ? faker.number.int({ min: 1, max: n % 10 === 8 ? 240 : 150 }) : null;
    const places = informal ? null : faker.helpers.weightedArrayElement([{ value: 0, weight: 3 }, { value: faker.number.int({ min: 1, max: 12 }), weight: 7 }]);
    rows.services.push([serviceId, org, name, `${t.description} In ${area.neighbourhood}.`, t.how, t.ages[0], t.ages[1], informal ? 'informal' : 'formal', t.cost,
      pending ? 'pending' : 'approved', informal && n % 12 === 2 ? input.hostUserId ?? null : null, places, informal ? null : faker.number.int({ min: 0, max: 10 }),
      informal ? null : new Date(now - faker.number.int({ min: 0, max: 60 }) * DAY), confirmedDaysAgo === null ? null : new Date(now - confirmedDaysAgo * DAY),
      confirmedDaysAgo !== null && confirmedDaysAgo > 183 ? new Date(now - (confirmedDaysAgo - 183) * DAY) : null]);
    const place = faker.helpers.arrayElement(PLACES);
    rows.locations.push([locationId, org, `${place} ${area.neighbourhood}`, area.latitude + faker.number.float({ min: -0.002, max: 0.002 }), area.longitude + faker.number.float({ min: -0.003, max: 0.003 }), area.neighbourhoodId]);
    rows.addresses.push([id('address', n), locationId, `${faker.location.street()} ${faker.number.int({ min: 1, max: 120 })}`, 'Voorbeeld', area.postcode]);
    rows.sal.push([id('sal', n), serviceId, locationId]);
    // A second opening is on a day the first does not use, so a service's hours never overlap (the HSDS import refuses overlaps).
    let firstDays: string[] = [];
    for (let s = 0; s < 1 + (n % 2); s++) {
      const opens = faker.number.int({ min: 8, max: 19 });
      const days = faker.helpers.arrayElements(WEEKDAYS, { min: 1, max: 3 }).sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
      if (s === 0) firstDays = days;
      const byday = s === 0 ? days.join(',') : ['SA', 'SU', ...WEEKDAYS].find((d) => !firstDays.includes(d))!;
      rows.schedules.push([id(`schedule${s}`, n), serviceId, byday, `${String(opens).padStart(2, '0')}:00`, `${String(Math.min(23, opens + faker.number.int({ min: 1, max: 4 }))).padStart(2, '0')}:00`]);
    }
    rows.attributes.push([id('attribute', n), serviceId, terms.get(t.theme)]);
    for (const [code, label] of [LANGUAGES[0], ...faker.helpers.arrayElements(LANGUAGES.slice(1), { min: 0, max: 2 })]) rows.languages.push([id(`language-${code}`, n), serviceId, code, label]);
    rows.districts.push([serviceId, area.districtId]);
  }
  const T = input.tenantId;
  await insertColumns(sql, T, `services (tenant_id, id, organization_id, name, description, application_process, minimum_age, maximum_age, kind, cost, moderation_state,
    owner_user_id, places_available, waiting_weeks, capacity_updated_at, last_confirmed_at, flagged_at)`,
  ['uuid', 'uuid', 'text', 'text', 'text', 'numeric', 'numeric', 'text', 'text', 'text', 'uuid', 'int', 'int', 'timestamptz', 'timestamptz', 'timestamptz'], rows.services);
  await insertColumns(sql, T, 'locations (tenant_id, id, organization_id, name, latitude, longitude, neighbourhood_id)', ['uuid', 'uuid', 'text', 'float8', 'float8', 'uuid'], rows.locations);
  await insertColumns(sql, T, 'addresses (tenant_id, id, location_id, address_1, city, postal_code)', ['uuid', 'uuid', 'text', 'text', 'text'], rows.addresses);
  await insertColumns(sql, T, 'service_at_locations (tenant_id, id, service_id, location_id)', ['uuid', 'uuid', 'uuid'], rows.sal);
  await sql.query(`insert into schedules (tenant_id, id, service_id, freq, byday, opens_at, closes_at) select $1, i, s, 'WEEKLY', d, o, c from unnest($2::uuid[], $3::uuid[], $4::text[], $5::time[], $6::time[]) as x(i, s, d, o, c)`,
    [T, ...[0, 1, 2, 3, 4].map((c) => rows.schedules.map((r) => r[c]))]);
  await sql.query(`insert into attributes (tenant_id, id, link_id, taxonomy_term_id, link_type, link_entity) select $1, i, l, t, 'theme', 'service' from unnest($2::uuid[], $3::uuid[], $4::uuid[]) as x(i, l, t)`,
    [T, ...[0, 1, 2].map((c) => rows.attributes.map((r) => r[c]))]);
  await insertColumns(sql, T, 'languages (tenant_id, id, service_id, code, name)', ['uuid', 'uuid', 'text', 'text'], rows.languages);
  await insertColumns(sql, T, 'service_districts (tenant_id, service_id, district_id)', ['uuid', 'uuid'], rows.districts);
  await refreshDirectorySearch(sql, serviceIds);
  return serviceIds.length;
}

/** Deterministic UUIDs (v4 layout) from seed, kind and number: the same data set on every run. */
function stableId(seed: string, kind: string, n: number): string {
  const h = createHash('sha256').update(`${seed}:directory:${kind}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${(8 + (parseInt(h[16]!, 16) % 4)).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
