import type { Sql } from '../../db/database';
import { loadCaseRelation } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { audienceOf } from './policy';
import * as q from './queries';

/**
 * Loads a referral and decides whether the actor reaches it as a case worker or as its provider.
 * No access looks like a referral that does not exist (404), and the attempt is audited.
 */
export async function requireReferral(sql: Sql, actor: Actor, id: string, mode: 'read' | 'write'): Promise<{ row: q.ReferralRow; audience: 'case' | 'provider' }> {
  const row = await q.referralById(sql, id);
  const rel = row ? await loadCaseRelation(sql, actor, row.household_id) : null;
  const provider = row ? await q.isProviderOf(sql, actor.userId, row) : false;
  const audience = row ? audienceOf(actor, rel, provider, row.status, mode) : null;
  if (!row || !audience)
    throw new AppError('not_found', { audit: { eventType: 'referral.read', action: mode === 'read' ? 'read' : 'update', outcome: 'denied', objectType: 'referral', objectId: id } });
  return { row, audience };
}
