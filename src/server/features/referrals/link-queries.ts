import type { Sql } from '../../db/database';

export interface LinkRow {
  id: string;
  referral_id: string;
  recipient_email: string;
  allowed_statuses: string[];
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

const linkColumns = 'id, referral_id, recipient_email, allowed_statuses, created_at, expires_at, used_at, revoked_at';

export async function insertLink(sql: Sql, l: { tenantId: string; id: string; referralId: string; tokenHash: Buffer; email: string; allowed: string[]; validDays: number }): Promise<void> {
  await sql.query(
    `insert into referral_links (tenant_id, id, referral_id, token_hash, recipient_email, allowed_statuses, expires_at)
     values ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7))`,
    [l.tenantId, l.id, l.referralId, l.tokenHash, l.email, l.allowed, l.validDays],
  );
}

export async function linkByTokenHash(sql: Sql, hash: Buffer): Promise<(LinkRow & { usable: boolean }) | null> {
  const rows = await sql.query<LinkRow & { usable: boolean }>(
    `select ${linkColumns}, (used_at is null and revoked_at is null and expires_at > now()) as usable
       from referral_links where tenant_id = app_tenant_id() and token_hash = $1`,
    [hash],
  );
  return rows[0] ?? null;
}

export async function linksOf(sql: Sql, referralIds: string[]): Promise<LinkRow[]> {
  return sql.query<LinkRow>(`select ${linkColumns} from referral_links where tenant_id = app_tenant_id() and referral_id = any($1::uuid[]) order by created_at, id`, [referralIds]);
}

export async function linkById(sql: Sql, id: string): Promise<LinkRow | null> {
  const rows = await sql.query<LinkRow>(`select ${linkColumns} from referral_links where tenant_id = app_tenant_id() and id = $1`, [id]);
  return rows[0] ?? null;
}

/** Uses the link once: a second use (or a use racing this one) finds nothing to update. */
export async function useLink(sql: Sql, id: string): Promise<boolean> {
  const rows = await sql.query('update referral_links set used_at = now() where tenant_id = app_tenant_id() and id = $1 and used_at is null and revoked_at is null and expires_at > now() returning id', [id]);
  return rows.length > 0;
}

/** Revokes the referral's open links (after an answer in the inbox, a cancellation, or by the coach). */
export async function revokeOpenLinks(sql: Sql, referralId: string, by: string | null): Promise<number> {
  const rows = await sql.query(
    'update referral_links set revoked_at = now(), revoked_by = $2 where tenant_id = app_tenant_id() and referral_id = $1 and used_at is null and revoked_at is null returning id',
    [referralId, by],
  );
  return rows.length;
}

export async function revokeLink(sql: Sql, id: string, by: string): Promise<boolean> {
  const rows = await sql.query('update referral_links set revoked_at = now(), revoked_by = $2 where tenant_id = app_tenant_id() and id = $1 and used_at is null and revoked_at is null returning id', [id, by]);
  return rows.length > 0;
}
