import type { z } from 'zod';
import type { RatingInput, RatingView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { newId } from '../../platform/ids';
import { auditCaseChange } from '../../platform/case-audit';
import { requireEditableGoal } from './goal-view';
import { requireMemberOrNull } from '../../platform/case-guards';
import { toRatingView } from './present';
import * as q from './queries';

/**
 * Records how the person rates their goal now, 0 to 10. Ratings are never changed: each one adds to
 * the history. Without `ratedByPersonId` the rating is the goal's own person's.
 */
export async function rateGoal(sql: Sql, actor: Actor, householdId: string, goalId: string, input: z.infer<typeof RatingInput>): Promise<z.infer<typeof RatingView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const goal = await requireEditableGoal(sql, householdId, goalId);
  await requireMemberOrNull(sql, householdId, input.ratedByPersonId, 'body.ratedByPersonId');
  const ratedBy = input.ratedByPersonId ?? goal.person_id;
  const rating = await q.insertRating(sql, { tenantId: actor.tenantId, id: newId(), goalId, rating: input.rating, ratedByPersonId: ratedBy, note: input.note, recordedBy: actor.userId });
  await q.touchPlan(sql, goal.plan_id);
  auditCaseChange(sql, actor, householdId, 'goal.rated', 'create', { planId: goal.plan_id, goalId, ratingId: rating.id }, ratedBy);
  return toRatingView(rating);
}
