import type { z } from 'zod';
import type { ClosureView, CloseCaseInput } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError, type InvalidParam } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditCaseChange } from '../../platform/case-audit';
import { requireOpenCase } from '../../platform/case-guards';
import { canCloseCase } from './policy';
import * as q from './queries';

type Input = z.infer<typeof CloseCaseInput>;

/** Every evaluation must name a goal of the plan, once; every open goal must be evaluated. */
function evaluationProblems(goals: q.GoalRow[], input: Input): InvalidParam[] {
  const problems: InvalidParam[] = [];
  input.goalEvaluations.forEach((e, i) => {
    if (!goals.some((g) => g.id === e.goalId)) problems.push({ name: `body.goalEvaluations.${i}.goalId`, reason: 'This goal is not on the household\'s plan.' });
    else if (input.goalEvaluations.findIndex((o) => o.goalId === e.goalId) !== i) problems.push({ name: `body.goalEvaluations.${i}.goalId`, reason: 'This goal is evaluated twice.' });
  });
  for (const goal of goals.filter((g) => g.status === 'open' && !input.goalEvaluations.some((e) => e.goalId === g.id)))
    problems.push({ name: 'body.goalEvaluations', reason: `Evaluate the open goal "${goal.own_words}" (${goal.id}) before closing.` });
  return problems;
}

/**
 * Closes the case with a reason and an evaluation of each open goal: the goals get their outcome,
 * the plan and the household are closed, in one transaction, or nothing changes.
 */
export async function closeCase(sql: Sql, actor: Actor, householdId: string, input: Input): Promise<z.infer<typeof ClosureView>> {
  const rel = await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  if (!canCloseCase(actor, rel)) throw new AppError('forbidden', { detail: 'The coordinator or the team lead closes a case.' });
  await requireOpenCase(sql, householdId);
  const plan = await q.currentPlan(sql, householdId);
  const active = plan?.status === 'active' ? plan : null;
  const goals = active ? await q.goalsOfPlan(sql, active.id) : [];
  const problems = evaluationProblems(goals, input);
  if (problems.length) throw new AppError('validation_failed', { detail: 'Evaluate each open goal of the plan, once.', invalidParams: problems });

  if (active) {
    await q.evaluateGoals(sql, active.id, input.goalEvaluations);
    await q.closePlan(sql, active.id);
  }
  if (!(await q.closeHousehold(sql, householdId, input.reason))) throw new AppError('conflict', { detail: 'This case was closed in the meantime.' });
  const id = newId();
  const closure = await q.insertClosure(sql, { tenantId: actor.tenantId, id, householdId, planId: active?.id ?? null, reason: input.reason, closedBy: actor.userId });
  auditCaseChange(sql, actor, householdId, 'case.closed', 'update', { closureId: id, planId: active?.id ?? null, goals: input.goalEvaluations.map((e) => ({ goalId: e.goalId, status: e.status })) });
  const evaluated = active ? await q.goalsOfPlan(sql, active.id) : [];
  return {
    id, householdId, reason: input.reason, closedAt: new Date(closure.closed_at).toISOString(), closedByName: closure.closed_by_name,
    goals: evaluated.map((g) => ({ goalId: g.id, ownWords: g.own_words, status: g.status, evaluation: g.evaluation })),
  };
}
