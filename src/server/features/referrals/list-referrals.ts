import type { z } from 'zod';
import type { ReferralQuery, ReferralView } from '../../../contracts/referrals';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { auditCaseRead } from '../../platform/case-audit';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditReferralReads } from './audit-reads';
import { referralViews } from './load-referral';
import { canUseInbox } from './policy';
import * as q from './queries';

/**
 * With `householdId`: the household's referrals, for its case workers ("what we shared with whom").
 * Without: the inbox of a provider or host, only referrals to their own services, never drafts.
 */
export async function listReferrals(sql: Sql, actor: Actor, query: z.infer<typeof ReferralQuery>): Promise<{ items: ReferralView[]; nextCursor: string | null }> {
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const status = query.status ?? null;
  if (query.householdId) {
    const rel = await requireCaseAccess(sql, actor, query.householdId, 'read');
    const page = toPage(await q.referralsOfHousehold(sql, query.householdId, status, after, query.limit), query.limit, keyOf);
    auditCaseRead(sql, actor, rel, 'referral.list', page.items.map((r) => r.person_id), { referrals: page.items.length });
    auditReferralReads(sql, actor, page.items, 'case');
    return { items: await referralViews(sql, page.items, 'case'), nextCursor: page.nextCursor };
  }
  if (!canUseInbox(actor)) throw new AppError('forbidden', { detail: 'Only providers and hosts have a referral inbox; case workers list the referrals of a household.' });
  const page = toPage(await q.referralsForProvider(sql, actor.userId, status, after, query.limit), query.limit, keyOf);
  auditReferralReads(sql, actor, page.items, 'provider');
  return { items: await referralViews(sql, page.items, 'provider'), nextCursor: page.nextCursor };
}

const keyOf = (r: q.ReferralRow) => [new Date(r.created_at).toISOString(), r.id];
