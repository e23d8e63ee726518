import type { Role } from '../../../contracts/common';
import type { Sql } from '../../db/database';

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  status: 'invited' | 'active' | 'deactivated';
  team_ids: string[];
  totp_enabled: boolean;
  created_at: Date;
}

const userSelect = `select u.id, u.email, u.display_name, u.roles, u.status, u.totp_enabled_at is not null as totp_enabled, u.created_at,
    coalesce((select array_agg(tm.team_id order by tm.team_id) from team_members tm where tm.tenant_id = u.tenant_id and tm.user_id = u.id), '{}') as team_ids
  from users u`;

export async function listUsers(sql: Sql, filter: { q?: string | undefined; status?: string | undefined; after: [string, string] | null; limit: number }): Promise<UserRow[]> {
  return sql.query<UserRow>(
    `${userSelect}
      where u.tenant_id = app_tenant_id()
        and ($1::text is null or u.email ilike '%' || $1 || '%' or u.display_name ilike '%' || $1 || '%')
        and ($2::text is null or u.status = $2)
        and ($3::text is null or (lower(u.display_name), u.id) > ($3, $4::uuid))
      order by lower(u.display_name), u.id limit $5`,
    [filter.q ?? null, filter.status ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
  );
}

export async function userById(sql: Sql, id: string): Promise<UserRow | null> {
  const rows = await sql.query<UserRow>(`${userSelect} where u.tenant_id = app_tenant_id() and u.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertUser(sql: Sql, row: { tenantId: string; id: string; email: string; displayName: string; roles: Role[] }): Promise<void> {
  await sql.query(
    `insert into users (tenant_id, id, email, display_name, roles, status) values ($1, $2, $3, $4, $5, 'invited')`,
    [row.tenantId, row.id, row.email, row.displayName, row.roles],
  );
}

export async function updateUser(sql: Sql, id: string, changes: { displayName?: string | undefined; roles?: Role[] | undefined; status?: string | undefined }): Promise<void> {
  await sql.query(
    `update users set display_name = coalesce($2, display_name), roles = coalesce($3, roles),
            status = case when $4::text = 'active' and status = 'invited' then status else coalesce($4, status) end, updated_at = now()
      where tenant_id = app_tenant_id() and id = $1`,
    [id, changes.displayName ?? null, changes.roles ?? null, changes.status ?? null],
  );
}

export async function setTeamMemberships(sql: Sql, tenantId: string, userId: string, teamIds: string[]): Promise<void> {
  await sql.query('delete from team_members where tenant_id = app_tenant_id() and user_id = $1 and not (team_id = any($2::uuid[]))', [userId, teamIds]);
  await sql.query(
    `insert into team_members (tenant_id, team_id, user_id) select $1, t, $2 from unnest($3::uuid[]) as t on conflict do nothing`,
    [tenantId, userId, teamIds],
  );
}

export async function countExistingTeams(sql: Sql, teamIds: string[]): Promise<number> {
  const rows = await sql.query<{ n: number }>('select count(*)::int as n from teams where tenant_id = app_tenant_id() and id = any($1::uuid[])', [teamIds]);
  return rows[0]?.n ?? 0;
}

export interface TeamRow {
  id: string;
  name: string;
  district_id: string | null;
  member_count: number;
}

export async function listTeams(sql: Sql, after: [string, string] | null, limit: number): Promise<TeamRow[]> {
  return sql.query<TeamRow>(
    `select t.id, t.name, t.district_id,
            (select count(*)::int from team_members tm where tm.tenant_id = t.tenant_id and tm.team_id = t.id) as member_count
       from teams t where t.tenant_id = app_tenant_id() and ($1::text is null or (lower(t.name), t.id) > ($1, $2::uuid))
      order by lower(t.name), t.id limit $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

export async function teamById(sql: Sql, id: string): Promise<TeamRow | null> {
  const rows = await sql.query<TeamRow>(
    `select t.id, t.name, t.district_id, (select count(*)::int from team_members tm where tm.tenant_id = t.tenant_id and tm.team_id = t.id) as member_count
       from teams t where t.tenant_id = app_tenant_id() and t.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function upsertTeam(sql: Sql, row: { tenantId: string; id: string; name: string; districtId: string | null }): Promise<void> {
  await sql.query(
    `insert into teams (tenant_id, id, name, district_id) values ($1, $2, $3, $4)
     on conflict (tenant_id, id) do update set name = excluded.name, district_id = excluded.district_id`,
    [row.tenantId, row.id, row.name, row.districtId],
  );
}

export interface DistrictRow {
  id: string;
  name: string;
  cbs_code: string;
  neighbourhoods: { id: string; name: string; cbsCode: string; districtId: string }[];
}

export async function listDistricts(sql: Sql, after: string | null, limit: number): Promise<DistrictRow[]> {
  return sql.query<DistrictRow>(
    `select d.id, d.name, d.cbs_code,
            coalesce((select json_agg(json_build_object('id', n.id, 'name', n.name, 'cbsCode', n.cbs_code, 'districtId', n.district_id) order by n.cbs_code)
                        from neighbourhoods n where n.tenant_id = d.tenant_id and n.district_id = d.id), '[]') as neighbourhoods
       from districts d where d.tenant_id = app_tenant_id() and ($1::text is null or d.cbs_code > $1)
      order by d.cbs_code limit $2`,
    [after, limit + 1],
  );
}

export async function upsertDistrict(sql: Sql, row: { tenantId: string; id: string; name: string; cbsCode: string }): Promise<void> {
  await sql.query(
    `insert into districts (tenant_id, id, name, cbs_code) values ($1, $2, $3, $4)
     on conflict (tenant_id, id) do update set name = excluded.name, cbs_code = excluded.cbs_code`,
    [row.tenantId, row.id, row.name, row.cbsCode],
  );
}

export async function upsertNeighbourhood(sql: Sql, row: { tenantId: string; id: string; name: string; cbsCode: string; districtId: string }): Promise<void> {
  await sql.query(
    `insert into neighbourhoods (tenant_id, id, district_id, name, cbs_code) values ($1, $2, $3, $4, $5)
     on conflict (tenant_id, id) do update set name = excluded.name, cbs_code = excluded.cbs_code, district_id = excluded.district_id`,
    [row.tenantId, row.id, row.districtId, row.name, row.cbsCode],
  );
}

export async function exists(sql: Sql, table: 'districts' | 'neighbourhoods' | 'teams', id: string): Promise<boolean> {
  const rows = await sql.query(`select 1 from ${table} where tenant_id = app_tenant_id() and id = $1`, [id]);
  return rows.length > 0;
}

export async function updateTheme(sql: Sql, theme: object): Promise<void> {
  await sql.query('update tenants set theme = $1 where id = app_tenant_id()', [JSON.stringify(theme)]);
}

export async function listOutbox(sql: Sql, after: string | null, limit: number) {
  return sql.query<{ id: string; recipient: string; subject: string; body_text: string; created_at: Date }>(
    `select id, recipient, subject, body_text, created_at from outbox_messages
      where tenant_id = app_tenant_id() and ($1::uuid is null or id < $1::uuid) order by id desc limit $2`,
    [after, limit + 1],
  );
}

export async function activeTeamMembers(sql: Sql, teamId: string) {
  return sql.query<{ id: string; display_name: string; roles: Role[] }>(
    `select u.id, u.display_name, u.roles from users u join team_members tm on tm.tenant_id = u.tenant_id and tm.user_id = u.id
      where u.tenant_id = app_tenant_id() and tm.team_id = $1 and u.status = 'active' order by lower(u.display_name), u.id`,
    [teamId],
  );
}
