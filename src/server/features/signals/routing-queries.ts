import type { Sql } from '../../db/database';

/** Where a new signal goes: SQL for the routing rule and the tenant's signal settings. */

/** The team of the district of the postcode's neighbourhood (the first by name when a district has several). */
export async function teamForPostcode(sql: Sql, postcode: string): Promise<{ teamId: string | null; neighbourhoodId: string | null }> {
  const rows = await sql.query<{ neighbourhood_id: string; team_id: string | null }>(
    `select pa.neighbourhood_id,
            (select t.id from teams t where t.tenant_id = n.tenant_id and t.district_id = n.district_id order by t.name, t.id limit 1) as team_id
       from postcode_areas pa join neighbourhoods n on n.tenant_id = pa.tenant_id and n.id = pa.neighbourhood_id
      where pa.tenant_id = app_tenant_id() and pa.postcode = $1`,
    [postcode],
  );
  return { teamId: rows[0]?.team_id ?? null, neighbourhoodId: rows[0]?.neighbourhood_id ?? null };
}

/** The tenant's default team: `settings.defaultSignalTeamId` when it names a team, else the first team by name. */
export async function defaultTeam(sql: Sql, settings: unknown): Promise<string | null> {
  const configured = (settings as { defaultSignalTeamId?: unknown } | null)?.defaultSignalTeamId;
  const rows = await sql.query<{ id: string }>(
    `select id from teams where tenant_id = app_tenant_id()
      order by (id::text = $1) desc, name, id limit 1`,
    [typeof configured === 'string' ? configured : ''],
  );
  return rows[0]?.id ?? null;
}

export async function tenantSettings(sql: Sql): Promise<unknown> {
  const rows = await sql.query<{ settings: unknown }>('select settings from tenants where id = app_tenant_id()');
  return rows[0]?.settings ?? {};
}

export interface NewSignal {
  tenantId: string; id: string; reference: string; source: 'signaller' | 'public'; kind: 'worry' | 'question'; teamId: string; urgency: 'urgent' | 'normal';
  concerns: string[]; description: string; actionsTaken: string; givenName: string | null; familyName: string | null; birthDate: string | null;
  school: string | null; street: string | null; houseNumber: string | null; postcode: string | null; city: string | null; neighbourhoodId: string | null;
  bsnDigest: Buffer | null; bsnSealed: string | null; parentsInformed: boolean | null; youngPersonInformed: boolean | null; notInformedReason: string | null;
  senderUserId: string | null; senderName: string | null; senderOrganisation: string | null; senderPhone: string | null; senderEmail: string | null;
  receivedAt: Date; firstContactDue: string;
}

/** Inserts a signal; false when its reference was taken (the caller draws another). */
export async function insertSignal(sql: Sql, s: NewSignal): Promise<boolean> {
  const rows = await sql.query(
    `insert into signals (tenant_id, id, reference, source, kind, team_id, urgency, concerns, description, actions_taken, subject_given_name,
       subject_family_name, subject_birth_date, subject_school, subject_street, subject_house_number, subject_postcode, subject_city, neighbourhood_id,
       subject_bsn_digest, subject_bsn_sealed, parents_informed, young_person_informed, not_informed_reason, sender_user_id, sender_name,
       sender_organisation, sender_phone, sender_email, received_at, first_contact_due)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31)
     on conflict (tenant_id, reference) do nothing returning id`,
    [s.tenantId, s.id, s.reference, s.source, s.kind, s.teamId, s.urgency, s.concerns, s.description, s.actionsTaken, s.givenName, s.familyName,
      s.birthDate, s.school, s.street, s.houseNumber, s.postcode, s.city, s.neighbourhoodId, s.bsnDigest, s.bsnSealed, s.parentsInformed,
      s.youngPersonInformed, s.notInformedReason, s.senderUserId, s.senderName, s.senderOrganisation, s.senderPhone, s.senderEmail, s.receivedAt, s.firstContactDue],
  );
  return rows.length > 0;
}
