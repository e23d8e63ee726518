import type { ReferralView } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import * as links from './link-queries';
import { toReferralView } from './present';
import * as q from './queries';

/** Referral rows with their steps (and, for case workers, their links), as views. */
export async function referralViews(sql: Sql, rows: q.ReferralRow[], audience: 'case' | 'provider'): Promise<ReferralView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const events = await q.eventsOf(sql, ids);
  const linkRows = audience === 'case' ? await links.linksOf(sql, ids) : [];
  return rows.map((r) => toReferralView(r, events, linkRows, audience));
}

export async function loadReferralView(sql: Sql, id: string, audience: 'case' | 'provider'): Promise<ReferralView> {
  const row = await q.referralById(sql, id);
  return (await referralViews(sql, row ? [row] : [], audience))[0]!;
}
