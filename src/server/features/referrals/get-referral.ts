import type { ReferralView } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { auditReferralReads } from './audit-reads';
import { loadReferralView } from './load-referral';
import { requireReferral } from './referral-access';

/** One referral: whole for its case workers; for its provider only the shared information, while the consent holds. */
export async function getReferral(sql: Sql, actor: Actor, id: string): Promise<ReferralView> {
  const { row, audience } = await requireReferral(sql, actor, id, 'read');
  auditReferralReads(sql, actor, [row], audience);
  return loadReferralView(sql, id, audience);
}
