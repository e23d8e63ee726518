import type { z } from 'zod';
import type { GoalView, UpdateGoalInput } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { requireVersion } from '../../platform/concurrency';
import { auditCaseChange } from '../../platform/case-audit';
import { loadGoalView, requireEditableGoal } from './goal-view';
import { requireMemberOrNull } from '../../platform/case-guards';
import * as q from './queries';

const columnOf = { domain: 'domain', ownWords: 'own_words', personId: 'person_id', status: 'status', evaluation: 'evaluation' } as const;

/** Changes a goal on top of the version the writer saw (If-Match); a stale edit is a 412. */
export async function updateGoal(sql: Sql, actor: Actor, householdId: string, goalId: string, expected: number, input: z.infer<typeof UpdateGoalInput>): Promise<z.infer<typeof GoalView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const goal = await requireEditableGoal(sql, householdId, goalId, expected);
  await requireMemberOrNull(sql, householdId, input.personId, 'body.personId');
  const columns: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columnOf)) if (input[key as keyof typeof columnOf] !== undefined) columns[column] = input[key as keyof typeof columnOf];
  if (Object.keys(columns).length) {
    if (!(await q.updateGoalColumns(sql, householdId, goalId, expected, columns))) requireVersion(-1, expected);
    await q.touchPlan(sql, goal.plan_id);
  }
  auditCaseChange(sql, actor, householdId, 'goal.updated', 'update', { planId: goal.plan_id, goalId, changed: Object.keys(input) }, input.personId ?? goal.person_id);
  return loadGoalView(sql, goal.plan_id, goalId);
}
