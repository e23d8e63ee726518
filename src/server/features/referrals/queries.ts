import type { Sql } from '../../db/database';
import type { ReferralStatus } from '../../../contracts/referrals';
import { NL_TODAY_SQL } from '../../platform/nl-date';

export interface ReferralRow {
  id: string;
  household_id: string;
  person_id: string;
  person_name: string;
  service_id: string;
  service_name: string;
  service_kind: 'formal' | 'informal';
  service_owner_id: string | null;
  organization_id: string | null;
  organization_name: string | null;
  consent_id: string;
  consent_active: boolean;
  status: ReferralStatus;
  status_reason: string | null;
  shared_scope: string[];
  shared_snapshot: Record<string, unknown> | null;
  message: string;
  recipient_email: string | null;
  sent_at: Date | null;
  created_at: Date;
  created_by_name: string;
  version: number;
}

const referralSelect = `
  select r.id, r.household_id, r.person_id, p.given_name || ' ' || p.family_name as person_name, r.service_id, s.name as service_name,
         s.kind as service_kind, s.owner_user_id as service_owner_id, r.organization_id, o.name as organization_name, r.consent_id,
         (c.withdrawn_at is null and ${NL_TODAY_SQL} between c.valid_from and c.valid_until) as consent_active,
         r.status, r.status_reason, r.shared_scope, r.shared_snapshot, r.message, r.recipient_email, r.sent_at, r.created_at,
         coalesce(u.display_name, '') as created_by_name, r.version
    from referrals r
    join persons p on p.tenant_id = r.tenant_id and p.id = r.person_id
    join services s on s.tenant_id = r.tenant_id and s.id = r.service_id
    join consents c on c.tenant_id = r.tenant_id and c.id = r.consent_id
    left join organizations o on o.tenant_id = r.tenant_id and o.id = r.organization_id
    left join users u on u.tenant_id = r.tenant_id and u.id = r.created_by`;

export async function referralById(sql: Sql, id: string): Promise<ReferralRow | null> {
  const rows = await sql.query<ReferralRow>(`${referralSelect} where r.tenant_id = app_tenant_id() and r.id = $1`, [id]);
  return rows[0] ?? null;
}

type After = [string, string] | null;
const keyset = (n: number) => `($${n}::timestamptz is null or (r.created_at, r.id) < ($${n}::timestamptz, $${n + 1}::uuid))`;

export async function referralsOfHousehold(sql: Sql, householdId: string, status: string | null, after: After, limit: number): Promise<ReferralRow[]> {
  return sql.query<ReferralRow>(
    `${referralSelect} where r.tenant_id = app_tenant_id() and r.household_id = $1 and ($2::text is null or r.status = $2) and ${keyset(3)}
      order by r.created_at desc, r.id desc limit $5`,
    [householdId, status, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

/** A provider's or host's inbox: referrals to services of their organisations or that they keep themselves; never drafts. */
export async function referralsForProvider(sql: Sql, userId: string, status: string | null, after: After, limit: number): Promise<ReferralRow[]> {
  return sql.query<ReferralRow>(
    `${referralSelect} where r.tenant_id = app_tenant_id() and r.status <> 'draft' and ($2::text is null or r.status = $2) and ${keyset(3)}
        and (s.owner_user_id = $1 or exists (select 1 from organization_members m where m.tenant_id = r.tenant_id and m.organization_id = r.organization_id and m.user_id = $1))
      order by r.created_at desc, r.id desc limit $5`,
    [userId, status, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

export async function isProviderOf(sql: Sql, userId: string, r: Pick<ReferralRow, 'organization_id' | 'service_owner_id'>): Promise<boolean> {
  if (r.service_owner_id === userId) return true;
  if (!r.organization_id) return false;
  const rows = await sql.query('select 1 from organization_members where tenant_id = app_tenant_id() and organization_id = $1 and user_id = $2', [r.organization_id, userId]);
  return rows.length > 0;
}

export interface NewReferral {
  tenantId: string; id: string; householdId: string; personId: string; serviceId: string; organizationId: string | null; consentId: string;
  sharedScope: string[]; message: string; recipientEmail: string | null; createdBy: string;
}

export async function insertReferral(sql: Sql, r: NewReferral): Promise<void> {
  await sql.query(
    `insert into referrals (tenant_id, id, household_id, person_id, service_id, organization_id, consent_id, status, shared_scope, message, recipient_email, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, 'draft', $8, $9, $10, $11)`,
    [r.tenantId, r.id, r.householdId, r.personId, r.serviceId, r.organizationId, r.consentId, r.sharedScope, r.message, r.recipientEmail, r.createdBy],
  );
}

/** Moves the referral on, only from the status the caller saw (two answers at once: one wins). */
export async function updateStatus(sql: Sql, id: string, from: ReferralStatus, to: ReferralStatus, reason: string | null, snapshot: unknown): Promise<boolean> {
  const rows = await sql.query(
    `update referrals set status = $3, status_reason = coalesce($4, status_reason), version = version + 1, updated_at = now(),
            sent_at = case when $3 = 'sent' then now() else sent_at end,
            shared_snapshot = case when $3 = 'sent' then $5::jsonb else shared_snapshot end,
            accepted_at = case when $3 = 'accepted' then now() else accepted_at end,
            closed_at = case when $3 in ('declined', 'completed', 'not_completed', 'cancelled', 'expired') then now() else closed_at end
      where tenant_id = app_tenant_id() and id = $1 and status = $2 returning id`,
    [id, from, to, reason, snapshot === undefined ? null : JSON.stringify(snapshot)],
  );
  return rows.length > 0;
}

export interface NewEvent {
  tenantId: string; id: string; referralId: string; from: ReferralStatus | null; to: ReferralStatus; reason: string | null;
  byUserId: string | null; byLinkId: string | null; byLabel: string;
}

export async function insertEvent(sql: Sql, e: NewEvent): Promise<void> {
  await sql.query(
    `insert into referral_events (tenant_id, id, referral_id, from_status, to_status, reason, by_user_id, by_link_id, by_label, occurred_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())`,
    [e.tenantId, e.id, e.referralId, e.from, e.to, e.reason, e.byUserId, e.byLinkId, e.byLabel],
  );
}

export interface EventRow { id: string; from_status: ReferralStatus | null; to_status: ReferralStatus; reason: string | null; by_name: string; occurred_at: Date; referral_id: string }

export async function eventsOf(sql: Sql, referralIds: string[]): Promise<EventRow[]> {
  return sql.query<EventRow>(
    `select e.id, e.referral_id, e.from_status, e.to_status, e.reason, coalesce(u.display_name, e.by_label) as by_name, e.occurred_at
       from referral_events e left join users u on u.tenant_id = e.tenant_id and u.id = e.by_user_id
      where e.tenant_id = app_tenant_id() and e.referral_id = any($1::uuid[]) order by e.occurred_at, e.id`,
    [referralIds],
  );
}
