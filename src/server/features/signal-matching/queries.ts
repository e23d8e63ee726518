import type { Sql } from '../../db/database';
import type { MatchKeys } from './match-keys';

export async function tenantSetting(sql: Sql): Promise<boolean | null> {
  const rows = await sql.query<{ enabled: boolean | null }>(`select (settings -> 'signalMatching' ->> 'enabled')::boolean as enabled from tenants where id = app_tenant_id()`);
  return rows[0]?.enabled ?? null;
}

export async function setTenantSetting(sql: Sql, enabled: boolean): Promise<void> {
  await sql.query(`update tenants set settings = jsonb_set(settings, '{signalMatching}', $1::jsonb) where id = app_tenant_id()`, [JSON.stringify({ enabled })]);
}

export interface RegistrationRow {
  id: string;
  user_id: string;
  organisation_name: string;
  contact_name: string;
  contact_phone: string;
  own_reference: string;
  registered_at: Date;
  ends_at: Date;
}

const COLUMNS = 'r.id, r.user_id, r.organisation_name, r.contact_name, r.contact_phone, r.own_reference, r.registered_at, r.ends_at';

export async function contactOf(sql: Sql, userId: string): Promise<{ display_name: string }> {
  const rows = await sql.query<{ display_name: string }>('select display_name from users where tenant_id = app_tenant_id() and id = $1', [userId]);
  return rows[0]!;
}

export async function insertRegistration(sql: Sql, row: { tenantId: string; id: string; userId: string; organisationName: string; contactName: string; contactPhone: string; ownReference: string; keys: MatchKeys; endsAt: Date }): Promise<void> {
  await sql.query(
    `insert into signal_match_registrations (tenant_id, id, user_id, organisation_name, contact_name, contact_phone, own_reference, bsn_digest, name_digest, ends_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [row.tenantId, row.id, row.userId, row.organisationName, row.contactName, row.contactPhone, row.ownReference, row.keys.bsnDigest, row.keys.nameDigest, row.endsAt],
  );
}

/**
 * Every active registration for the same young person: the same BSN digest, or the same name
 * digest when at most one side knows the BSN (two different BSNs are two people). Two index
 * lookups (bsn, name) joined by union, so the cost does not grow with the table.
 */
export async function registrationsFor(sql: Sql, keys: MatchKeys): Promise<RegistrationRow[]> {
  return sql.query<RegistrationRow>(
    `select ${COLUMNS} from (
        select * from signal_match_registrations where tenant_id = app_tenant_id() and bsn_digest = $1::bytea
        union
        select * from signal_match_registrations where tenant_id = app_tenant_id() and name_digest = $2::bytea and (bsn_digest is null or $1::bytea is null)
      ) r
      where r.ends_at > now()
      order by r.registered_at`,
    [keys.bsnDigest, keys.nameDigest],
  );
}

export async function keysOfRegistration(sql: Sql, id: string): Promise<(RegistrationRow & { bsn_digest: Buffer | null; name_digest: Buffer | null }) | null> {
  const rows = await sql.query<RegistrationRow & { bsn_digest: Buffer | null; name_digest: Buffer | null }>(
    `select ${COLUMNS}, r.bsn_digest, r.name_digest from signal_match_registrations r where r.tenant_id = app_tenant_id() and r.id = $1 and r.ends_at > now()`,
    [id],
  );
  return rows[0] ?? null;
}

export async function registrationsOfUser(sql: Sql, userId: string, after: string | null, limit: number) {
  return sql.query<RegistrationRow & { bsn_digest: Buffer | null; name_digest: Buffer | null }>(
    `select ${COLUMNS}, r.bsn_digest, r.name_digest from signal_match_registrations r
      where r.tenant_id = app_tenant_id() and r.user_id = $1 and r.ends_at > now() and ($2::uuid is null or r.id < $2::uuid)
      order by r.id desc limit $3`,
    [userId, after, limit + 1],
  );
}

export async function deleteRegistration(sql: Sql, id: string): Promise<void> {
  await sql.query('delete from signal_match_registrations where tenant_id = app_tenant_id() and id = $1', [id]);
}

/** Ends every registration whose end has come; returns the ids removed. */
export async function deleteEndedRegistrations(sql: Sql, now: Date): Promise<string[]> {
  const rows = await sql.query<{ id: string }>('delete from signal_match_registrations where tenant_id = app_tenant_id() and ends_at <= $1 returning id', [now]);
  return rows.map((r) => r.id);
}

/** Removes the match notifications that point at registrations that are gone. */
export async function deleteMatchNotifications(sql: Sql, registrationIds: string[]): Promise<number> {
  if (!registrationIds.length) return 0;
  const rows = await sql.query<{ id: string }>(
    `delete from notifications where tenant_id = app_tenant_id() and kind = 'signal_match'
        and (payload ->> 'registrationId' = any($1::text[]) or payload ->> 'otherRegistrationId' = any($1::text[])) returning id`,
    [registrationIds],
  );
  return rows.length;
}

export async function insertNotification(sql: Sql, row: { tenantId: string; id: string; userId: string; payload: object }): Promise<void> {
  await sql.query(`insert into notifications (tenant_id, id, user_id, kind, payload) values ($1, $2, $3, 'signal_match', $4)`, [row.tenantId, row.id, row.userId, JSON.stringify(row.payload)]);
}

export async function personOfUser(sql: Sql, userId: string) {
  const rows = await sql.query<{ id: string; given_name: string; family_name: string; birth_date: string | null; bsn_digest: Buffer | null }>(
    `select p.id, p.given_name, p.family_name, p.birth_date::text as birth_date, p.bsn_digest
       from users u join persons p on p.tenant_id = u.tenant_id and p.id = u.person_id
      where u.tenant_id = app_tenant_id() and u.id = $1`,
    [userId],
  );
  return rows[0] ?? null;
}
