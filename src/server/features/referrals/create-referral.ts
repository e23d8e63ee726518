import type { ReferralInput, ReferralView } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { auditCaseChange } from '../../platform/case-audit';
import { requireMember, requireOpenCase } from '../../platform/case-guards';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { consentsCovering } from '../consents/consent-check';
import { applyStep } from './apply-step';
import type { ReferralDeps } from './deps';
import { loadReferralView } from './load-referral';
import * as q from './queries';
import * as services from './service-queries';

const NO_CONSENT = 'There is no valid consent of this person for a referral to this service. Record the consent first.';

/**
 * A coach refers a household member to a service. The member's consent (purpose referral, to the
 * service's organisation, valid today) is required, and what is shared must lie within it.
 */
export async function createReferral(sql: Sql, deps: ReferralDeps, actor: Actor, input: ReferralInput): Promise<ReferralView> {
  await requireCaseAccess(sql, actor, input.householdId, 'write', 'household.update');
  await requireOpenCase(sql, input.householdId);
  await requireMember(sql, input.householdId, input.personId, 'body.personId');
  const service = await services.serviceById(sql, input.serviceId);
  if (!service) throw new AppError('validation_failed', { field: 'body.serviceId', detail: 'There is no such service.' });

  const covering = await consentsCovering(sql, input.personId, 'referral', { organizationId: service.organization_id, serviceId: service.id });
  const consent = input.consentId ? covering.find((c) => c.id === input.consentId) : covering[0];
  if (!consent?.active) throw new AppError('consent_required', { field: 'body.consentId', detail: NO_CONSENT });
  const beyond = input.share.filter((c) => !consent.scope.includes(c));
  if (beyond.length) throw new AppError('validation_failed', { field: 'body.share', detail: `The consent does not cover: ${beyond.join(', ')}.` });

  const recipientEmail = input.recipientEmail ?? service.email ?? service.owner_email;
  if (input.send && !recipientEmail) throw new AppError('validation_failed', { field: 'body.recipientEmail', detail: 'This service has no e-mail address; give the address the link goes to.' });

  const id = newId();
  await q.insertReferral(sql, {
    tenantId: actor.tenantId, id, householdId: input.householdId, personId: input.personId, serviceId: service.id, organizationId: service.organization_id,
    consentId: consent.id, sharedScope: input.share, message: input.message, recipientEmail: recipientEmail ?? null, createdBy: actor.userId,
  });
  const by = { kind: 'coach' as const, userId: actor.userId, linkId: null, label: 'coach' };
  await q.insertEvent(sql, { tenantId: actor.tenantId, id: newId(), referralId: id, from: null, to: 'draft', reason: null, byUserId: actor.userId, byLinkId: null, byLabel: by.label });
  if (input.send) await applyStep(sql, deps, actor.tenantId, (await q.referralById(sql, id))!, 'sent', null, by);
  auditCaseChange(sql, actor, input.householdId, input.send ? 'referral.sent' : 'referral.drafted', 'create', { referralId: id, serviceId: service.id, share: input.share }, input.personId);
  return loadReferralView(sql, id, 'case');
}
