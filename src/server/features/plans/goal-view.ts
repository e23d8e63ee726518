import type { z } from 'zod';
import type { GoalView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { AppError } from '../../platform/errors';
import { requireVersion } from '../../platform/concurrency';
import { requireOpenCase } from '../../platform/case-guards';
import { toGoalView } from './present';
import * as q from './queries';

export async function loadGoalView(sql: Sql, planId: string, goalId: string): Promise<z.infer<typeof GoalView>> {
  const goal = (await q.goalsOfPlan(sql, planId)).find((g) => g.id === goalId);
  if (!goal) throw new AppError('not_found');
  return toGoalView(goal, await q.ratingsOfPlan(sql, planId), await q.actionsOfPlan(sql, planId));
}

/** The goal of this household that a request names, on a plan that still takes changes. */
export async function requireEditableGoal(sql: Sql, householdId: string, goalId: string, expected?: number): Promise<q.GoalContext> {
  await requireOpenCase(sql, householdId);
  const goal = await q.goalOfHousehold(sql, householdId, goalId);
  if (!goal) throw new AppError('not_found', { detail: 'This household has no such goal.' });
  if (goal.plan_status !== 'active') throw new AppError('conflict', { detail: 'This goal belongs to a closed plan.' });
  if (expected !== undefined) requireVersion(goal.version, expected);
  return goal;
}
