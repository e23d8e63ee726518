import type { LocationView } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import { newId } from '../../platform/ids';

const select = `select l.id, l.organization_id as "organizationId", l.name, l.description, l.transportation, l.latitude, l.longitude, l.version,
       (select json_build_object('address1', ad.address_1, 'address2', ad.address_2, 'postalCode', ad.postal_code, 'city', ad.city)
          from addresses ad where ad.tenant_id = l.tenant_id and ad.location_id = l.id order by ad.address_type = 'physical' desc, ad.id limit 1) as address,
       coalesce((select json_agg(json_build_object('description', ac.description, 'details', ac.details) order by ac.id)
          from accessibilities ac where ac.tenant_id = l.tenant_id and ac.location_id = l.id), '[]') as accessibility,
       l.created_by as "createdBy"
  from locations l`;

export type LocationRow = LocationView & { createdBy: string | null };

export async function locationById(sql: Sql, id: string): Promise<LocationRow | null> {
  return (await sql.query<LocationRow>(`${select} where l.tenant_id = app_tenant_id() and l.id = $1`, [id]))[0] ?? null;
}

export async function locationPage(sql: Sql, organizationId: string | null, after: [string, string] | null, limit: number): Promise<LocationRow[]> {
  return sql.query<LocationRow>(
    `${select} where l.tenant_id = app_tenant_id() and ($1::uuid is null or l.organization_id = $1)
       and ($2::text is null or (lower(coalesce(l.name, '')), l.id) > ($2, $3::uuid)) order by lower(coalesce(l.name, '')), l.id limit $4`,
    [organizationId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

/** The local point and neighbourhood of a postcode (no geocoding inside a transaction). */
export async function postcodePlace(sql: Sql, postcode: string): Promise<{ latitude: number | null; longitude: number | null; neighbourhood_id: string | null }> {
  const rows = await sql.query<{ latitude: number | null; longitude: number | null; neighbourhood_id: string | null }>(
    `select (select latitude from postcode_points where tenant_id = app_tenant_id() and postcode = $1) as latitude,
            (select longitude from postcode_points where tenant_id = app_tenant_id() and postcode = $1) as longitude,
            (select neighbourhood_id from postcode_areas where tenant_id = app_tenant_id() and postcode = $1) as neighbourhood_id`, [postcode]);
  return rows[0] ?? { latitude: null, longitude: null, neighbourhood_id: null };
}

export interface LocationFields {
  organizationId: string | null; name: string; description: string | null; transportation: string | null;
  latitude: number | null; longitude: number | null; neighbourhoodId: string | null;
}

export async function upsertLocation(sql: Sql, id: string, f: LocationFields, by: string | null, expected: number | null): Promise<boolean> {
  const rows = await sql.query(
    `insert into locations (tenant_id, id, organization_id, name, description, transportation, latitude, longitude, neighbourhood_id, created_by, updated_by)
     values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
     on conflict (tenant_id, id) do update set name = excluded.name, description = excluded.description, transportation = excluded.transportation,
        latitude = excluded.latitude, longitude = excluded.longitude, neighbourhood_id = excluded.neighbourhood_id,
        version = locations.version + 1, updated_at = now(), updated_by = excluded.updated_by
      where locations.version = $10
     returning id`,
    [id, f.organizationId, f.name, f.description, f.transportation, f.latitude, f.longitude, f.neighbourhoodId, by, expected ?? 0],
  );
  return rows.length > 0;
}

export async function replaceAddressAndAccessibility(sql: Sql, locationId: string, address: { address1: string; postalCode: string; city: string } | null, accessibility: readonly string[] | null): Promise<void> {
  if (address) {
    await sql.query('delete from addresses where tenant_id = app_tenant_id() and location_id = $1', [locationId]);
    await sql.query(`insert into addresses (tenant_id, id, location_id, address_1, city, postal_code, country, address_type) values (app_tenant_id(), $1, $2, $3, $4, $5, 'NL', 'physical')`,
      [newId(), locationId, address.address1, address.city, address.postalCode]);
  }
  if (accessibility) {
    await sql.query('delete from accessibilities where tenant_id = app_tenant_id() and location_id = $1', [locationId]);
    await sql.query(`insert into accessibilities (tenant_id, id, location_id, description) select app_tenant_id(), id, $1, d from unnest($2::uuid[], $3::text[]) as t(id, d)`,
      [locationId, accessibility.map(() => newId()), accessibility]);
  }
}

export async function serviceIdsAtLocation(sql: Sql, locationId: string): Promise<string[]> {
  return (await sql.query<{ id: string }>('select service_id as id from service_at_locations where tenant_id = app_tenant_id() and location_id = $1', [locationId])).map((r) => r.id);
}

/** The services at a place: all of them for the team, else approved ones and those the user keeps. */
export async function servicesAtLocation(sql: Sql, locationId: string, userId: string, all: boolean): Promise<{ id: string; name: string; moderation_state: 'pending' | 'approved' | 'rejected'; organization_member: boolean; owner: boolean }[]> {
  return sql.query(
    `select s.id, s.name, s.moderation_state, s.owner_user_id is not distinct from $2::uuid as owner,
            exists (select 1 from organization_members m where m.tenant_id = s.tenant_id and m.organization_id = s.organization_id and m.user_id = $2) as organization_member
       from service_at_locations x join services s on s.tenant_id = x.tenant_id and s.id = x.service_id
      where x.tenant_id = app_tenant_id() and x.location_id = $1
        and ($3 or s.moderation_state = 'approved' or s.owner_user_id = $2
             or exists (select 1 from organization_members m where m.tenant_id = s.tenant_id and m.organization_id = s.organization_id and m.user_id = $2))
      order by lower(s.name), s.id limit 200`,
    [locationId, userId, all],
  );
}

export async function linkServiceToLocation(sql: Sql, serviceId: string, locationId: string): Promise<void> {
  await sql.query(`insert into service_at_locations (tenant_id, id, service_id, location_id) values (app_tenant_id(), $1, $2, $3) on conflict (tenant_id, service_id, location_id) do nothing`,
    [newId(), serviceId, locationId]);
}

export async function unlinkServiceFromLocation(sql: Sql, serviceId: string, locationId: string): Promise<void> {
  await sql.query('delete from service_at_locations where tenant_id = app_tenant_id() and service_id = $1 and location_id = $2', [serviceId, locationId]);
}

/** A change to a service that is not one of its columns (its places): a new version, by whom. */
export async function touchService(sql: Sql, serviceId: string, by: string): Promise<void> {
  await sql.query('update services set version = version + 1, updated_at = now(), updated_by = $2 where tenant_id = app_tenant_id() and id = $1', [serviceId, by]);
}

export interface VersionRow { version: number; change: string; changed_by_name: string | null; changed_by_email: string | null; changed_at: Date; snapshot: Record<string, unknown> }

export async function locationVersionPage(sql: Sql, locationId: string, before: number | null, limit: number): Promise<VersionRow[]> {
  return sql.query<VersionRow>(
    `select v.version, v.change, u.display_name as changed_by_name, v.changed_by_email, v.changed_at, v.snapshot
       from directory_versions v left join users u on u.tenant_id = v.tenant_id and u.id = v.changed_by
      where v.tenant_id = app_tenant_id() and v.entity = 'location' and v.entity_id = $1 and ($2::int is null or v.version < $2)
      order by v.version desc limit $3`,
    [locationId, before, limit + 1],
  );
}
