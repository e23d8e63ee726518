import type { Sql } from '../../db/database';

export async function insertProposal(sql: Sql, p: { id: string; serviceId: string; email: string; tokenHash: Buffer; days: number }): Promise<void> {
  await sql.query(`insert into activity_proposals (tenant_id, id, service_id, email, token_hash, expires_at) values (app_tenant_id(), $1, $2, $3, $4, now() + make_interval(days => $5))`,
    [p.id, p.serviceId, p.email, p.tokenHash, p.days]);
}

/** Marks the proposal of this token confirmed, once and before it expires; returns its service and e-mail. */
export async function confirmProposal(sql: Sql, tokenHash: Buffer): Promise<{ service_id: string; email: string } | null> {
  const rows = await sql.query<{ service_id: string; email: string }>(
    `update activity_proposals set confirmed_at = now() where tenant_id = app_tenant_id() and token_hash = $1 and confirmed_at is null and expires_at > now()
     returning service_id, email`, [tokenHash]);
  return rows[0] ?? null;
}

export async function insertSuggestion(sql: Sql, s: { id: string; serviceId: string; message: string; name: string | null; email: string | null }): Promise<void> {
  await sql.query(`insert into change_suggestions (tenant_id, id, service_id, message, name, email) values (app_tenant_id(), $1, $2, $3, $4, $5)`,
    [s.id, s.serviceId, s.message, s.name, s.email]);
}

export interface SuggestionRow {
  id: string; service_id: string; service_name: string; message: string; name: string | null; email: string | null;
  status: 'open' | 'done' | 'dismissed'; created_at: Date; handled_at: Date | null;
}

/**
 * Suggestions newest first. `keeperId`: only those about services that user keeps (their
 * organisations' or their own); null for the team, who see all.
 */
export async function suggestionPage(sql: Sql, f: { status: string; serviceId: string | null; keeperId: string | null; before: [string, string] | null; limit: number }): Promise<SuggestionRow[]> {
  return sql.query<SuggestionRow>(
    `select c.id, c.service_id, s.name as service_name, c.message, c.name, c.email, c.status, c.created_at, c.handled_at
       from change_suggestions c join services s on s.tenant_id = c.tenant_id and s.id = c.service_id
      where c.tenant_id = app_tenant_id() and c.status = $1 and ($2::uuid is null or c.service_id = $2)
        and ($3::uuid is null or s.owner_user_id = $3 or exists (select 1 from organization_members m where m.tenant_id = s.tenant_id and m.organization_id = s.organization_id and m.user_id = $3))
        and ($4::timestamptz is null or (c.created_at, c.id) < ($4, $5::uuid))
      order by c.created_at desc, c.id desc limit $6`,
    [f.status, f.serviceId, f.keeperId, f.before?.[0] ?? null, f.before?.[1] ?? null, f.limit + 1],
  );
}

export async function suggestionById(sql: Sql, id: string): Promise<SuggestionRow | null> {
  return (await sql.query<SuggestionRow>(
    `select c.id, c.service_id, s.name as service_name, c.message, c.name, c.email, c.status, c.created_at, c.handled_at
       from change_suggestions c join services s on s.tenant_id = c.tenant_id and s.id = c.service_id where c.tenant_id = app_tenant_id() and c.id = $1`, [id]))[0] ?? null;
}

export async function handleSuggestion(sql: Sql, id: string, status: 'done' | 'dismissed', by: string): Promise<void> {
  await sql.query(`update change_suggestions set status = $2, handled_by = $3, handled_at = now() where tenant_id = app_tenant_id() and id = $1`, [id, status, by]);
}

/**
 * Deletes public proposals whose link expired before `now` without confirmation: the entry (never
 * public), its parts and version rows, the proposal with the e-mail address, and the place made for
 * it (no organisation, no creator, at no other service). Returns the deleted entries' ids.
 */
export async function deleteExpiredProposals(sql: Sql, now: Date): Promise<{ serviceIds: string[]; locationIds: string[] }> {
  const serviceIds = (await sql.query<{ id: string }>(
    `select p.service_id as id from activity_proposals p join services s on s.tenant_id = p.tenant_id and s.id = p.service_id
      where p.tenant_id = app_tenant_id() and p.confirmed_at is null and p.expires_at <= $1 and s.created_by is null and s.moderation_state = 'pending'`, [now])).map((r) => r.id);
  if (!serviceIds.length) return { serviceIds, locationIds: [] };
  const locationIds = (await sql.query<{ id: string }>(
    `select distinct l.id from service_at_locations x join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
      where x.tenant_id = app_tenant_id() and x.service_id = any($1::uuid[]) and l.organization_id is null and l.created_by is null
        and not exists (select 1 from service_at_locations o where o.tenant_id = l.tenant_id and o.location_id = l.id and not (o.service_id = any($1::uuid[])))`, [serviceIds])).map((r) => r.id);
  const byService = ['directory_versions where entity = \'service\' and entity_id', 'attributes where link_id', 'languages where service_id', 'phones where service_id',
    'directory_contacts where service_id', 'cost_options where service_id', 'service_districts where service_id', 'schedules where service_id', 'change_suggestions where service_id',
    'service_at_locations where service_id', 'activity_proposals where service_id', 'services where id'];
  for (const target of byService) await sql.query(`delete from ${target.replace(' where ', ' where tenant_id = app_tenant_id() and ')} = any($1::uuid[])`, [serviceIds]);
  if (locationIds.length) {
    for (const target of ['schedules', 'phones', 'languages', 'directory_contacts', 'accessibilities', 'addresses'])
      await sql.query(`delete from ${target} where tenant_id = app_tenant_id() and location_id = any($1::uuid[])`, [locationIds]);
    await sql.query('delete from locations where tenant_id = app_tenant_id() and id = any($1::uuid[])', [locationIds]);
  }
  return { serviceIds, locationIds };
}
