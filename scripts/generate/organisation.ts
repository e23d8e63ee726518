import type { Faker } from '@faker-js/faker';
import type { Sql } from '../../src/server/db/database';
import { insertColumns } from '../../src/server/seed/seed-households';
import { idMaker } from './ids';

export const HOUSEHOLDS_PER_COACH = 18;
export const COACHES_PER_TEAM = 20;
const NEIGHBOURHOODS_PER_DISTRICT = 8;
const POSTCODES_PER_NEIGHBOURHOOD = 20;

export interface GeneratedTeam {
  id: string;
  coachIds: string[];
  postcodes: { postcode: string; neighbourhoodId: string }[];
}

/**
 * Districts, neighbourhoods, postcodes, teams and coaches for `households` more households: one
 * coach per 18 households, 20 coaches a team, teams spread over up to 90 generated districts
 * (CBS municipality code 1000, so codes never clash with the demo's 0999).
 */
export async function generateOrganisation(sql: Sql, f: Faker, tenantId: string, seed: number, households: number, passwordHash: string): Promise<GeneratedTeam[]> {
  const teamCount = Math.max(1, Math.ceil(households / (HOUSEHOLDS_PER_COACH * COACHES_PER_TEAM)));
  const districtCount = Math.min(90, Math.max(1, Math.ceil(teamCount / 3)));
  const districtId = idMaker(seed, 'district');
  const neighbourhoodId = idMaker(seed, 'neighbourhood');
  const districts: unknown[][] = [];
  const neighbourhoods: unknown[][] = [];
  const postcodes: unknown[][] = [];
  const postcodesByDistrict: { postcode: string; neighbourhoodId: string }[][] = [];
  for (let d = 0; d < districtCount; d++) {
    districts.push([districtId(d), `Wijk ${f.location.city()} ${d + 1}`, `WK1000${String(d + 10).padStart(2, '0')}`]);
    const list: { postcode: string; neighbourhoodId: string }[] = [];
    for (let n = 0; n < NEIGHBOURHOODS_PER_DISTRICT; n++) {
      const nid = neighbourhoodId(d * NEIGHBOURHOODS_PER_DISTRICT + n);
      neighbourhoods.push([nid, districtId(d), `Buurt ${f.location.street().split(' ')[0]} ${n + 1}`, `BU1000${String(d + 10).padStart(2, '0')}${String(n).padStart(2, '0')}`]);
      for (let p = 0; p < POSTCODES_PER_NEIGHBOURHOOD; p++) {
        const number = 1000 + ((d * NEIGHBOURHOODS_PER_DISTRICT + n) % 9000);
        const postcode = `${number}${String.fromCharCode(65 + (p % 26))}${String.fromCharCode(65 + ((d + p) % 26))}`;
        postcodes.push([postcode, nid]);
        list.push({ postcode, neighbourhoodId: nid });
      }
    }
    postcodesByDistrict.push(list);
  }
  await insertColumns(sql, tenantId, 'districts (tenant_id, id, name, cbs_code)', ['uuid', 'text', 'text'], districts);
  await insertColumns(sql, tenantId, 'neighbourhoods (tenant_id, id, district_id, name, cbs_code)', ['uuid', 'uuid', 'text', 'text'], neighbourhoods);
  await sql.query(
    `insert into postcode_areas (tenant_id, postcode, neighbourhood_id) select $1, * from unnest($2::text[], $3::uuid[]) on conflict do nothing`,
    [tenantId, postcodes.map((p) => p[0]), postcodes.map((p) => p[1])],
  );

  const teamId = idMaker(seed, 'team');
  const userId = idMaker(seed, 'coach');
  const teams: GeneratedTeam[] = [];
  const teamRows: unknown[][] = [];
  const users: unknown[][] = [];
  const memberships: unknown[][] = [];
  for (let t = 0; t < teamCount; t++) {
    const district = t % districtCount;
    teamRows.push([teamId(t), `Team ${district + 1}-${Math.floor(t / districtCount) + 1} (gegenereerd)`, districtId(district)]);
    const coachIds: string[] = [];
    for (let c = 0; c < COACHES_PER_TEAM; c++) {
      const id = userId(t * COACHES_PER_TEAM + c);
      users.push([id, `coach.${seed}.${t}.${c}@gegenereerd.voorbeeld.nl`, `${f.person.firstName()} ${f.person.lastName()}`]);
      memberships.push([teamId(t), id]);
      coachIds.push(id);
    }
    teams.push({ id: teamId(t), coachIds, postcodes: postcodesByDistrict[district]! });
  }
  await insertColumns(sql, tenantId, 'teams (tenant_id, id, name, district_id)', ['uuid', 'text', 'uuid'], teamRows);
  for (let i = 0; i < users.length; i += 5000) {
    const slice = users.slice(i, i + 5000);
    await sql.query(
      `insert into users (tenant_id, id, email, display_name, roles, status, password_hash, password_changed_at)
       select $1, u.id, u.email, u.name, '{coach}', 'active', $5, now() from unnest($2::uuid[], $3::text[], $4::text[]) as u(id, email, name)`,
      [tenantId, slice.map((u) => u[0]), slice.map((u) => u[1]), slice.map((u) => u[2]), passwordHash],
    );
  }
  for (let i = 0; i < memberships.length; i += 5000)
    await insertColumns(sql, tenantId, 'team_members (tenant_id, team_id, user_id)', ['uuid', 'uuid'], memberships.slice(i, i + 5000));
  return teams;
}
