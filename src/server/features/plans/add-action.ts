import type { z } from 'zod';
import type { ActionInput, ActionView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditCaseChange } from '../../platform/case-audit';
import { requireEditableGoal } from './goal-view';
import { toActionView } from './present';
import * as q from './queries';

/** Adds an action to a goal. Every action has an owner: the family, its network, a professional or a service. */
export async function addAction(sql: Sql, actor: Actor, householdId: string, goalId: string, input: z.infer<typeof ActionInput>): Promise<z.infer<typeof ActionView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const goal = await requireEditableGoal(sql, householdId, goalId);
  const id = newId();
  await q.insertAction(sql, { tenantId: actor.tenantId, id, goalId, householdId, description: input.description, ownerKind: input.ownerKind, ownerName: input.ownerName, dueOn: input.dueOn });
  await q.touchPlan(sql, goal.plan_id);
  auditCaseChange(sql, actor, householdId, 'action.created', 'create', { planId: goal.plan_id, goalId, actionId: id, ownerKind: input.ownerKind });
  const action = await q.actionOfHousehold(sql, householdId, id);
  if (!action) throw new AppError('internal_error');
  return toActionView(action);
}
