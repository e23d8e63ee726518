import type { Sql } from '../../db/database';

export async function tenantSettings(sql: Sql): Promise<unknown> {
  const rows = await sql.query<{ settings: unknown }>('select settings from tenants where id = app_tenant_id()');
  return rows[0]?.settings ?? {};
}

/** Sent referrals nobody answered yet and not reminded about. */
export async function unansweredWithoutReminder(sql: Sql): Promise<{ id: string; sent_at: Date }[]> {
  return sql.query("select id, sent_at from referrals where tenant_id = app_tenant_id() and status = 'sent' and reminder_sent_at is null order by sent_at limit 500");
}

export async function markReminded(sql: Sql, id: string, at: Date): Promise<void> {
  await sql.query('update referrals set reminder_sent_at = $2 where tenant_id = app_tenant_id() and id = $1', [id, at]);
}

/** Sent referrals without an answer for `days` days as of `now`. */
export async function unansweredSince(sql: Sql, now: Date, days: number): Promise<{ id: string }[]> {
  return sql.query("select id from referrals where tenant_id = app_tenant_id() and status = 'sent' and sent_at <= $1::timestamptz - make_interval(days => $2) order by sent_at limit 500", [now, days]);
}
