import type { Sql } from '../../db/database';
import { NL_TODAY_SQL } from '../../platform/nl-date';

export interface ConsentRow {
  id: string;
  household_id: string;
  person_id: string;
  person_name: string;
  given_by: { personId: string; name: string }[];
  purpose: 'referral';
  scope: string[];
  recipient_organization_id: string | null;
  recipient_service_id: string | null;
  recipient_name: string;
  valid_from: string;
  valid_until: string;
  note: string;
  recorded_by_name: string;
  recorded_at: Date;
  withdrawn_at: Date | null;
  withdrawn_by_name: string | null;
  withdrawal_reason: string | null;
  active: boolean;
}

const consentSelect = `
  select c.id, c.household_id, c.person_id, p.given_name || ' ' || p.family_name as person_name,
         coalesce((select jsonb_agg(jsonb_build_object('personId', g.person_id, 'name', gp.given_name || ' ' || gp.family_name) order by gp.birth_date nulls last, gp.id)
                     from consent_givers g join persons gp on gp.tenant_id = g.tenant_id and gp.id = g.person_id
                    where g.tenant_id = c.tenant_id and g.consent_id = c.id), '[]'::jsonb) as given_by,
         c.purpose, c.scope, c.recipient_organization_id, c.recipient_service_id,
         coalesce(o.name, s.name, '') as recipient_name, c.valid_from::text as valid_from, c.valid_until::text as valid_until, c.note,
         coalesce(ru.display_name, '') as recorded_by_name, c.recorded_at, c.withdrawn_at, wu.display_name as withdrawn_by_name, c.withdrawal_reason,
         (c.withdrawn_at is null and ${NL_TODAY_SQL} between c.valid_from and c.valid_until) as active
    from consents c
    join persons p on p.tenant_id = c.tenant_id and p.id = c.person_id
    left join organizations o on o.tenant_id = c.tenant_id and o.id = c.recipient_organization_id
    left join services s on s.tenant_id = c.tenant_id and s.id = c.recipient_service_id
    left join users ru on ru.tenant_id = c.tenant_id and ru.id = c.recorded_by
    left join users wu on wu.tenant_id = c.tenant_id and wu.id = c.withdrawn_by`;

export async function consentById(sql: Sql, id: string): Promise<ConsentRow | null> {
  const rows = await sql.query<ConsentRow>(`${consentSelect} where c.tenant_id = app_tenant_id() and c.id = $1`, [id]);
  return rows[0] ?? null;
}

/** A household's consents, newest first; keyset on (recorded_at, id). */
export async function consentsOfHousehold(sql: Sql, householdId: string, personId: string | null, after: [string, string] | null, limit: number): Promise<ConsentRow[]> {
  return sql.query<ConsentRow>(
    `${consentSelect} where c.tenant_id = app_tenant_id() and c.household_id = $1 and ($2::uuid is null or c.person_id = $2)
        and ($3::timestamptz is null or (c.recorded_at, c.id) < ($3::timestamptz, $4::uuid))
      order by c.recorded_at desc, c.id desc limit $5`,
    [householdId, personId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

export interface ServiceRecipient {
  id: string;
  organization_id: string | null;
}

export async function serviceRecipient(sql: Sql, serviceId: string): Promise<ServiceRecipient | null> {
  const rows = await sql.query<ServiceRecipient>('select id, organization_id from services where tenant_id = app_tenant_id() and id = $1', [serviceId]);
  return rows[0] ?? null;
}

export interface NewConsent {
  tenantId: string; id: string; householdId: string; personId: string; purpose: string; scope: string[];
  organizationId: string | null; serviceId: string | null; validFrom: string; validUntil: string; note: string; recordedBy: string; givenBy: string[];
}

export async function insertConsent(sql: Sql, c: NewConsent): Promise<void> {
  await sql.query(
    `insert into consents (tenant_id, id, household_id, person_id, purpose, scope, recipient_organization_id, recipient_service_id, valid_from, valid_until, note, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [c.tenantId, c.id, c.householdId, c.personId, c.purpose, c.scope, c.organizationId, c.serviceId, c.validFrom, c.validUntil, c.note, c.recordedBy],
  );
  await sql.query('insert into consent_givers (tenant_id, consent_id, person_id) select $1, $2, unnest($3::uuid[])', [c.tenantId, c.id, c.givenBy]);
}

/** Marks the consent withdrawn once; returns false when it already was. */
export async function markWithdrawn(sql: Sql, id: string, userId: string, reason: string): Promise<boolean> {
  const rows = await sql.query('update consents set withdrawn_at = now(), withdrawn_by = $2, withdrawal_reason = $3 where tenant_id = app_tenant_id() and id = $1 and withdrawn_at is null returning id', [id, userId, reason || null]);
  return rows.length > 0;
}

export async function householdOfConsent(sql: Sql, id: string): Promise<string | null> {
  const rows = await sql.query<{ household_id: string }>('select household_id from consents where tenant_id = app_tenant_id() and id = $1', [id]);
  return rows[0]?.household_id ?? null;
}

/** Household members with their role, for the age rules. */
export async function membersWithRoles(sql: Sql, householdId: string): Promise<{ id: string; role: string; birth_date: string | null }[]> {
  return sql.query('select id, role, birth_date::text as birth_date from persons where tenant_id = app_tenant_id() and household_id = $1', [householdId]);
}
