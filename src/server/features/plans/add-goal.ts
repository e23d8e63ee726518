import type { z } from 'zod';
import type { GoalInput, GoalView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { newId } from '../../platform/ids';
import { auditCaseChange } from '../../platform/case-audit';
import { activePlanId } from './create-plan';
import { loadGoalView } from './goal-view';
import { requireMemberOrNull, requireOpenCase } from '../../platform/case-guards';
import * as q from './queries';

/** Adds a goal in the family's own words to the active plan (started if there is none yet). */
export async function addGoal(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof GoalInput>): Promise<z.infer<typeof GoalView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  await requireMemberOrNull(sql, householdId, input.personId, 'body.personId');
  const planId = await activePlanId(sql, actor, householdId);
  const id = newId();
  await q.insertGoal(sql, { tenantId: actor.tenantId, id, planId, householdId, personId: input.personId, domain: input.domain, ownWords: input.ownWords, createdBy: actor.userId });
  await q.touchPlan(sql, planId);
  auditCaseChange(sql, actor, householdId, 'goal.created', 'create', { planId, goalId: id, domain: input.domain }, input.personId);
  return loadGoalView(sql, planId, id);
}
