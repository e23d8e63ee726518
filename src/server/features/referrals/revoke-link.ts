import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import * as links from './link-queries';
import { requireReferral } from './referral-access';

/** The coach revokes an answer link (e.g. sent to the wrong address); it stops working at once. */
export async function revokeReferralLink(sql: Sql, actor: Actor, linkId: string): Promise<void> {
  const link = await links.linkById(sql, linkId);
  if (!link) throw new AppError('not_found');
  const { row, audience } = await requireReferral(sql, actor, link.referral_id, 'write');
  if (audience !== 'case') throw new AppError('not_found');
  if (!(await links.revokeLink(sql, linkId, actor.userId))) throw new AppError('conflict', { detail: 'This link was already used or revoked.' });
  audit(sql, actor, { eventType: 'referral.link_revoked', action: 'update', personId: row.person_id, objectType: 'referral', objectId: row.id, details: { linkId } });
}
