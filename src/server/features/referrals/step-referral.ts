import type { ReferralStepInput, ReferralView } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { applyStep } from './apply-step';
import type { ReferralDeps } from './deps';
import { loadReferralView } from './load-referral';
import { requireReferral } from './referral-access';

/**
 * One step by a signed-in user: the coach sends or cancels; the provider (inbox) accepts, declines,
 * starts, completes or ends it not completed. Who may do what is decided by status-flow.ts.
 */
export async function stepReferral(sql: Sql, deps: ReferralDeps, actor: Actor, id: string, input: ReferralStepInput): Promise<ReferralView> {
  const { row, audience } = await requireReferral(sql, actor, id, 'write');
  const kind = audience === 'case' ? 'coach' : 'provider';
  await applyStep(sql, deps, actor.tenantId, row, input.status, input.reason?.trim() || null, { kind, userId: actor.userId, linkId: null, label: kind });
  audit(sql, actor, { eventType: `referral.${input.status}`, action: 'update', personId: row.person_id, objectType: 'referral', objectId: id, details: { from: row.status, via: audience } });
  return loadReferralView(sql, id, audience);
}
