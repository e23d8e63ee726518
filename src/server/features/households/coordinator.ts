import type { z } from 'zod';
import type { AssignCoordinatorInput, CaseTeamMemberInput } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { canAssignCoordinator, requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { getHousehold } from './get-household';
import * as q from './queries';

async function requireTeamCaseWorker(sql: Sql, userId: string, teamId: string | null, field: string): Promise<void> {
  const roles = await q.activeCaseWorkerRoles(sql, userId, teamId);
  if (!roles?.some((r) => ['coach', 'team_lead', 'specialist'].includes(r)))
    throw new AppError('validation_failed', { field, detail: 'Choose an active coach of this household\'s team.' });
}

/**
 * Hands the case to a new coordinator, with a note: the team lead assigns from the waiting list or
 * reassigns; the current coordinator may hand over. Exactly one coordinator at any moment (the
 * database refuses a second); the previous coordinator stays on the case team.
 */
export async function handOverCoordinator(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof AssignCoordinatorInput>) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  if (!canAssignCoordinator(actor, rel) && rel.caseRole !== 'coordinator')
    throw new AppError('forbidden', { detail: 'Only the team lead or the current coordinator can hand over this case.' });
  await requireTeamCaseWorker(sql, input.userId, rel.teamId, 'body.userId');
  const from = await q.coordinatorOf(sql, householdId);
  if (from === input.userId) throw new AppError('conflict', { field: 'body.userId', detail: 'This person is already the coordinator.' });
  await q.moveCoordinator(sql, actor.tenantId, householdId, from, input.userId);
  await q.insertHandover(sql, { tenantId: actor.tenantId, id: newId(), householdId, from, to: input.userId, note: input.note, by: actor.userId });
  audit(sql, actor, { eventType: 'household.coordinator_changed', action: 'update', objectType: 'household', objectId: householdId, details: { from, to: input.userId } });
  return getHousehold(sql, actor, householdId);
}

export async function addCaseTeamMember(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof CaseTeamMemberInput>) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  if (rel.caseRole !== 'coordinator' && !canAssignCoordinator(actor, rel)) throw new AppError('forbidden', { detail: 'The coordinator or team lead puts people on the case team.' });
  await requireTeamCaseWorker(sql, input.userId, input.role === 'specialist' ? null : rel.teamId, 'body.userId');
  if (!(await q.insertCaseMember(sql, actor.tenantId, householdId, input.userId, input.role))) throw new AppError('conflict', { field: 'body.userId', detail: 'Already on the case team.' });
  audit(sql, actor, { eventType: 'household.case_member_added', action: 'update', objectType: 'household', objectId: householdId, details: { userId: input.userId, role: input.role } });
  return getHousehold(sql, actor, householdId);
}

export async function removeCaseTeamMember(sql: Sql, actor: Actor, householdId: string, userId: string) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  // The team lead of this household's team, not any team lead who reached it through break-the-glass.
  if (rel.caseRole !== 'coordinator' && !canAssignCoordinator(actor, rel)) throw new AppError('forbidden', { detail: 'The coordinator or team lead takes people off the case team.' });
  if (!(await q.deleteCaseMember(sql, householdId, userId))) throw new AppError('not_found', { detail: 'Not on the case team, or the coordinator (hand over first).' });
  audit(sql, actor, { eventType: 'household.case_member_removed', action: 'update', objectType: 'household', objectId: householdId, details: { userId } });
}
