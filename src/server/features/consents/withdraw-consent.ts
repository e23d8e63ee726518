import type { ConsentView } from '../../../contracts/consents';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { auditCaseChange } from '../../platform/case-audit';
import { AppError } from '../../platform/errors';
import { toConsentView } from './present';
import * as q from './queries';

/**
 * Withdraws a consent. From that moment nothing more is shared on it: providers no longer see the
 * information of referrals resting on it (sharing checks the consent at every read).
 */
export async function withdrawConsent(sql: Sql, actor: Actor, consentId: string, reason: string): Promise<ConsentView> {
  const householdId = await q.householdOfConsent(sql, consentId);
  if (!householdId) throw new AppError('not_found');
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  if (!(await q.markWithdrawn(sql, consentId, actor.userId, reason))) throw new AppError('conflict', { detail: 'This consent was already withdrawn.' });
  const consent = (await q.consentById(sql, consentId))!;
  auditCaseChange(sql, actor, householdId, 'consent.withdrawn', 'update', { consentId }, consent.person_id);
  return toConsentView(consent);
}
