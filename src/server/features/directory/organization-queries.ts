import type { Sql } from '../../db/database';

export interface OrganizationRow {
  id: string;
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  version: number;
  service_count: number;
  member_ids: string[];
}

const select = `select o.id, o.name, o.description, o.website, o.email, o.version,
       (select count(*)::int from services s where s.tenant_id = o.tenant_id and s.organization_id = o.id) as service_count,
       coalesce((select array_agg(m.user_id order by m.user_id) from organization_members m where m.tenant_id = o.tenant_id and m.organization_id = o.id), '{}') as member_ids
  from organizations o`;

export async function organizationById(sql: Sql, id: string): Promise<OrganizationRow | null> {
  return (await sql.query<OrganizationRow>(`${select} where o.tenant_id = app_tenant_id() and o.id = $1`, [id]))[0] ?? null;
}

/** By name, keyset on (lower(name), id); `memberId` keeps the organisations that user is a member of. */
export async function organizationPage(sql: Sql, q: string | null, memberId: string | null, after: [string, string] | null, limit: number): Promise<OrganizationRow[]> {
  return sql.query<OrganizationRow>(
    `${select} where o.tenant_id = app_tenant_id() and ($1::text is null or o.name ilike '%' || $1 || '%')
       and ($2::uuid is null or exists (select 1 from organization_members m where m.tenant_id = o.tenant_id and m.organization_id = o.id and m.user_id = $2))
       and ($3::text is null or (lower(o.name), o.id) > ($3, $4::uuid))
     order by lower(o.name), o.id limit $5`,
    [q, memberId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

export async function insertOrganization(sql: Sql, id: string, o: { name: string; description: string; email: string | null; website: string | null }, by: string): Promise<void> {
  await sql.query(`insert into organizations (tenant_id, id, name, description, email, website, created_by, updated_by) values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $6)`,
    [id, o.name, o.description, o.email, o.website, by]);
}

export async function updateOrganizationRow(sql: Sql, id: string, version: number, o: { name?: string | undefined; description?: string | undefined; email?: string | null | undefined; website?: string | null | undefined }, by: string): Promise<boolean> {
  const rows = await sql.query(
    `update organizations set name = coalesce($3, name), description = coalesce($4, description),
            email = case when $5::boolean then $6 else email end, website = case when $7::boolean then $8 else website end,
            version = version + 1, updated_at = now(), updated_by = $9
      where tenant_id = app_tenant_id() and id = $1 and version = $2 returning id`,
    [id, version, o.name ?? null, o.description ?? null, o.email !== undefined, o.email ?? null, o.website !== undefined, o.website ?? null, by],
  );
  return rows.length > 0;
}

export async function serviceIdsOfOrganization(sql: Sql, id: string): Promise<string[]> {
  return (await sql.query<{ id: string }>('select id from services where tenant_id = app_tenant_id() and organization_id = $1', [id])).map((r) => r.id);
}

export async function addMember(sql: Sql, organizationId: string, userId: string): Promise<void> {
  await sql.query('insert into organization_members (tenant_id, organization_id, user_id) values (app_tenant_id(), $1, $2) on conflict do nothing', [organizationId, userId]);
}

export async function removeMember(sql: Sql, organizationId: string, userId: string): Promise<void> {
  await sql.query('delete from organization_members where tenant_id = app_tenant_id() and organization_id = $1 and user_id = $2', [organizationId, userId]);
}

export async function providerExists(sql: Sql, userId: string): Promise<boolean> {
  return (await sql.query(`select 1 from users where tenant_id = app_tenant_id() and id = $1 and 'provider' = any(roles)`, [userId])).length > 0;
}
