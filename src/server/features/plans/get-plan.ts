import type { PlanView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { auditCaseRead } from '../../platform/case-audit';
import { personsInPlan, toPlanView } from './present';
import * as q from './queries';

/** The household's plan as it stands (the active one, or the last closed one), without access checks. */
export async function loadPlanView(sql: Sql, householdId: string): Promise<PlanView | null> {
  const plan = await q.currentPlan(sql, householdId);
  if (!plan) return null;
  // Each needs only the plan's id: sent together, answered in one round trip on PostgreSQL.
  const [goals, ratings, actions] = await Promise.all([q.goalsOfPlan(sql, plan.id), q.ratingsOfPlan(sql, plan.id), q.actionsOfPlan(sql, plan.id)]);
  return toPlanView(plan, goals, ratings, actions);
}

/** Opens the plan: one `plan.read` event, and one `person.read` per person whose goals or ratings it shows. */
export async function getPlan(sql: Sql, actor: Actor, householdId: string): Promise<PlanView> {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const plan = await loadPlanView(sql, householdId);
  if (!plan) throw new AppError('not_found', { detail: 'This household has no plan yet.' });
  auditCaseRead(sql, actor, rel, 'plan.read', personsInPlan(plan), { planId: plan.id, version: plan.version });
  return plan;
}
