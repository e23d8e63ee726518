import type { PlanView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditCaseChange } from '../../platform/case-audit';
import { loadPlanView } from './get-plan';
import { requireOpenCase } from '../../platform/case-guards';
import * as q from './queries';

/** The id of the household's active plan, starting one when there is none. */
export async function activePlanId(sql: Sql, actor: Actor, householdId: string): Promise<string> {
  const current = await q.currentPlan(sql, householdId);
  if (current?.status === 'active') return current.id;
  const id = await q.insertActivePlan(sql, actor.tenantId, newId(), householdId);
  if (!id) return activePlanId(sql, actor, householdId);
  auditCaseChange(sql, actor, householdId, 'plan.created', 'create', { planId: id });
  return id;
}

/** Starts the household's plan. One household, one active plan: a second is refused with 409. */
export async function createPlan(sql: Sql, actor: Actor, householdId: string): Promise<PlanView> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  const id = await q.insertActivePlan(sql, actor.tenantId, newId(), householdId);
  if (!id) throw new AppError('conflict', { field: 'path.householdId', detail: 'This household already has an active plan; add goals to it instead of starting a second one.' });
  auditCaseChange(sql, actor, householdId, 'plan.created', 'create', { planId: id });
  return (await loadPlanView(sql, householdId))!;
}
