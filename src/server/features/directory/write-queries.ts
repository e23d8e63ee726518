import type { Sql } from '../../db/database';
import { newId } from '../../platform/ids';

export interface ServiceFields {
  organization_id: string | null;
  name: string;
  alternate_name: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: string;
  application_process: string | null;
  fees_description: string | null;
  eligibility_description: string | null;
  interpretation_services: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  kind: 'formal' | 'informal';
  is_public: boolean;
  cost: string | null;
}
export const SERVICE_COLUMNS = ['organization_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'application_process', 'fees_description',
  'eligibility_description', 'interpretation_services', 'minimum_age', 'maximum_age', 'kind', 'is_public', 'cost'] as const satisfies readonly (keyof ServiceFields)[];

export async function insertService(sql: Sql, id: string, f: ServiceFields, extra: { moderationState: string; ownerUserId: string | null; createdBy: string | null; proposerName?: string | null; proposerEmail?: string | null }): Promise<void> {
  await sql.query(
    `insert into services (tenant_id, id, ${SERVICE_COLUMNS.join(', ')}, moderation_state, owner_user_id, created_by, updated_by, proposer_name, proposer_email, last_confirmed_at)
     values (app_tenant_id(), $1, ${SERVICE_COLUMNS.map((_, i) => `$${i + 2}`).join(', ')}, $18, $19, $20, $20, $21, $22, case when $15::text = 'informal' then now() end)`,
    [id, ...SERVICE_COLUMNS.map((c) => f[c]), extra.moderationState, extra.ownerUserId, extra.createdBy, extra.proposerName ?? null, extra.proposerEmail ?? null],
  );
}

/** Updates the given columns and bumps the version, only if it is still `version`: false when someone saved in between. */
export async function updateServiceColumns(sql: Sql, id: string, version: number, changes: Partial<ServiceFields>, by: string | null): Promise<boolean> {
  const entries = Object.entries(changes).filter(([k]) => (SERVICE_COLUMNS as readonly string[]).includes(k));
  const sets = entries.map(([k], i) => `${k} = $${i + 4}`);
  const rows = await sql.query(
    `update services set ${[...sets, 'version = version + 1', 'updated_at = now()', 'updated_by = $3'].join(', ')}
      where tenant_id = app_tenant_id() and id = $1 and version = $2 returning id`,
    [id, version, by, ...entries.map(([, v]) => v)],
  );
  return rows.length > 0;
}

export async function termIdsByCode(sql: Sql, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await sql.query<{ code: string; id: string }>(
    `select code, id from taxonomy_terms where tenant_id = app_tenant_id() and taxonomy = 'wijkwijs-themes' and code = any($1::text[])`, [codes]);
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function existingIds(sql: Sql, table: 'districts' | 'locations' | 'organizations', ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await sql.query<{ id: string }>(`select id from ${table} where tenant_id = app_tenant_id() and id = any($1::uuid[])`, [ids]);
  return new Set(rows.map((r) => r.id));
}

export async function replaceThemes(sql: Sql, serviceId: string, termIds: readonly string[]): Promise<void> {
  await sql.query(`delete from attributes a using taxonomy_terms t where a.tenant_id = app_tenant_id() and a.link_id = $1 and a.link_entity = 'service'
                     and t.tenant_id = a.tenant_id and t.id = a.taxonomy_term_id and t.taxonomy = 'wijkwijs-themes'`, [serviceId]);
  await sql.query(`insert into attributes (tenant_id, id, link_id, taxonomy_term_id, link_type, link_entity)
                   select app_tenant_id(), id, $1, term, 'theme', 'service' from unnest($2::uuid[], $3::uuid[]) as t(id, term)`,
    [serviceId, termIds.map(() => newId()), termIds]);
}

export async function replaceLanguages(sql: Sql, serviceId: string, codes: readonly string[]): Promise<void> {
  await sql.query('delete from languages where tenant_id = app_tenant_id() and service_id = $1', [serviceId]);
  await sql.query(`insert into languages (tenant_id, id, service_id, code) select app_tenant_id(), id, $1, code from unnest($2::uuid[], $3::text[]) as t(id, code)`,
    [serviceId, codes.map(() => newId()), codes]);
}

export async function replaceDistricts(sql: Sql, serviceId: string, districtIds: readonly string[]): Promise<void> {
  await sql.query('delete from service_districts where tenant_id = app_tenant_id() and service_id = $1', [serviceId]);
  await sql.query(`insert into service_districts (tenant_id, service_id, district_id) select app_tenant_id(), $1, d from unnest($2::uuid[]) as d`, [serviceId, districtIds]);
}

export async function replacePhones(sql: Sql, serviceId: string, phones: readonly { number: string; description: string | null }[]): Promise<void> {
  await sql.query('delete from phones where tenant_id = app_tenant_id() and service_id = $1', [serviceId]);
  await sql.query(`insert into phones (tenant_id, id, service_id, number, description) select app_tenant_id(), id, $1, n, d from unnest($2::uuid[], $3::text[], $4::text[]) as t(id, n, d)`,
    [serviceId, phones.map(() => newId()), phones.map((p) => p.number), phones.map((p) => p.description)]);
}

/** The service's locations (service_at_locations) and its own weekly schedules, replaced as a whole. */
export async function replaceLocationsAndSchedules(sql: Sql, serviceId: string, locationIds: readonly string[] | null,
  schedules: readonly { locationId: string | null; byday: string; opensAt: string; closesAt: string; validFrom: string | null; validTo: string | null; description: string | null }[] | null): Promise<void> {
  if (schedules) await sql.query('delete from schedules where tenant_id = app_tenant_id() and service_id = $1', [serviceId]);
  if (locationIds) {
    await sql.query(`delete from service_at_locations x where x.tenant_id = app_tenant_id() and x.service_id = $1 and not (x.location_id = any($2::uuid[]))
                       and not exists (select 1 from schedules sc where sc.tenant_id = x.tenant_id and sc.service_at_location_id = x.id)`, [serviceId, locationIds]);
    await sql.query(`insert into service_at_locations (tenant_id, id, service_id, location_id) select app_tenant_id(), id, $1, l from unnest($2::uuid[], $3::uuid[]) as t(id, l)
                     on conflict (tenant_id, service_id, location_id) do nothing`, [serviceId, locationIds.map(() => newId()), locationIds]);
  }
  if (schedules?.length)
    await sql.query(`insert into schedules (tenant_id, id, service_id, location_id, freq, byday, opens_at, closes_at, valid_from, valid_to, description)
                     select app_tenant_id(), id, $1, l, 'WEEKLY', d, o, c, vf, vt, ds from unnest($2::uuid[], $3::uuid[], $4::text[], $5::time[], $6::time[], $7::date[], $8::date[], $9::text[]) as t(id, l, d, o, c, vf, vt, ds)`,
    [serviceId, schedules.map(() => newId()), schedules.map((s) => s.locationId), schedules.map((s) => s.byday), schedules.map((s) => s.opensAt), schedules.map((s) => s.closesAt),
      schedules.map((s) => s.validFrom), schedules.map((s) => s.validTo), schedules.map((s) => s.description)]);
}

export async function insertVersion(sql: Sql, v: { entity: 'organization' | 'service' | 'location'; id: string; version: number; change: string; snapshot: unknown; by: string | null; byEmail?: string | null }): Promise<void> {
  await sql.query(`insert into directory_versions (tenant_id, entity, entity_id, version, change, snapshot, changed_by, changed_by_email) values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7)`,
    [v.entity, v.id, v.version, v.change, JSON.stringify(v.snapshot), v.by, v.byEmail ?? null]);
}

export async function isOrganizationMember(sql: Sql, organizationId: string, userId: string): Promise<boolean> {
  const rows = await sql.query('select 1 from organization_members where tenant_id = app_tenant_id() and organization_id = $1 and user_id = $2', [organizationId, userId]);
  return rows.length > 0;
}

/** Sets the moderation state (null `by`: back to pending after a host's edit). Bumps the version. */
export async function setModeration(sql: Sql, id: string, state: 'pending' | 'approved' | 'rejected', reason: string | null, by: string | null): Promise<void> {
  await sql.query(`update services set moderation_state = $2, moderation_reason = $3, moderated_by = $4, moderated_at = case when $4::uuid is null then null else now() end,
                          version = version + 1, updated_at = now() where tenant_id = app_tenant_id() and id = $1`, [id, state, reason, by]);
}

export async function setCapacity(sql: Sql, id: string, places: number | null, waitingWeeks: number | null, by: string): Promise<void> {
  await sql.query(`update services set places_available = $2, waiting_weeks = $3, capacity_updated_at = now(), capacity_updated_by = $4,
                          version = version + 1, updated_at = now(), updated_by = $4 where tenant_id = app_tenant_id() and id = $1`, [id, places, waitingWeeks, by]);
}

/** The host says the entry is still current: clears the flag, the hiding and the reminders. */
export async function markConfirmed(sql: Sql, id: string, by: string | null): Promise<void> {
  await sql.query(`update services set last_confirmed_at = now(), flagged_at = null, hidden_at = null, flag_reminder_sent_at = null, hide_reminder_sent_at = null,
                          version = version + 1, updated_at = now(), updated_by = coalesce($2, updated_by) where tenant_id = app_tenant_id() and id = $1`, [id, by]);
}
