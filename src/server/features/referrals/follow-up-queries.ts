import type { Sql } from '../../db/database';
import { NL_TODAY_SQL } from '../../platform/nl-date';

export async function tenantSettings(sql: Sql): Promise<unknown> {
  const rows = await sql.query<{ settings: unknown }>('select settings from tenants where id = app_tenant_id()');
  return rows[0]?.settings ?? {};
}

/**
 * Sent referrals nobody answered yet and not reminded about, whose link is still open (a link the
 * coach revoked is not replaced) and whose consent still holds (nothing more is shared without it).
 */
export async function unansweredWithoutReminder(sql: Sql): Promise<{ id: string; sent_at: Date }[]> {
  return sql.query(
    `select r.id, r.sent_at from referrals r join consents c on c.tenant_id = r.tenant_id and c.id = r.consent_id
      where r.tenant_id = app_tenant_id() and r.status = 'sent' and r.reminder_sent_at is null
        and c.withdrawn_at is null and ${NL_TODAY_SQL} between c.valid_from and c.valid_until
        and exists (select 1 from referral_links l where l.tenant_id = r.tenant_id and l.referral_id = r.id and l.used_at is null and l.revoked_at is null)
      order by r.sent_at limit 500`,
  );
}

export async function markReminded(sql: Sql, id: string, at: Date): Promise<void> {
  await sql.query('update referrals set reminder_sent_at = $2 where tenant_id = app_tenant_id() and id = $1', [id, at]);
}

/** Sent referrals without an answer for `days` days as of `now`. */
export async function unansweredSince(sql: Sql, now: Date, days: number): Promise<{ id: string }[]> {
  return sql.query("select id from referrals where tenant_id = app_tenant_id() and status = 'sent' and sent_at <= $1::timestamptz - make_interval(days => $2) order by sent_at limit 500", [now, days]);
}
