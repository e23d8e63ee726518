import type { z } from 'zod';
import type { ActionView, UpdateActionInput } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { auditCaseChange } from '../../platform/case-audit';
import { requireOpenCase } from '../../platform/case-guards';
import { toActionView } from './present';
import * as q from './queries';

const columnOf = { description: 'description', ownerKind: 'owner_kind', ownerName: 'owner_name', dueOn: 'due_on' } as const;

/** Changes an action on top of the version the writer saw (If-Match); `done: true` marks it done. */
export async function updateAction(sql: Sql, actor: Actor, householdId: string, actionId: string, expected: number, input: z.infer<typeof UpdateActionInput>): Promise<z.infer<typeof ActionView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  const action = await q.actionOfHousehold(sql, householdId, actionId);
  if (!action) throw new AppError('not_found', { detail: 'This household has no such action.' });
  if (action.plan_status !== 'active') throw new AppError('conflict', { detail: 'This action belongs to a closed plan.' });
  requireVersion(action.version, expected);
  const columns: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columnOf)) if (input[key as keyof typeof columnOf] !== undefined) columns[column] = input[key as keyof typeof columnOf];
  if (Object.keys(columns).length || input.done !== undefined) {
    if (!(await q.updateActionColumns(sql, householdId, actionId, expected, columns, input.done))) requireVersion(-1, expected);
    await q.touchPlan(sql, action.plan_id);
  }
  auditCaseChange(sql, actor, householdId, 'action.updated', 'update', { planId: action.plan_id, goalId: action.goal_id, actionId, changed: Object.keys(input) });
  return toActionView((await q.actionOfHousehold(sql, householdId, actionId))!);
}
