import type { z } from 'zod';
import type { PlanMeetingInput, PlanMeetingView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditCaseChange, auditCaseRead } from '../../platform/case-audit';
import { loadPlanView } from './get-plan';
import { requireOpenCase } from '../../platform/case-guards';
import { personsInPlan, toMeetingView } from './present';
import * as q from './queries';

/**
 * A plan meeting: the plan as it stands is kept as the agreed version (a snapshot), with who agreed.
 * The plan moves to a new version, so later changes show against what was agreed.
 */
export async function recordPlanMeeting(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof PlanMeetingInput>): Promise<z.infer<typeof PlanMeetingView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  const plan = await loadPlanView(sql, householdId);
  if (!plan || plan.status !== 'active') throw new AppError('conflict', { field: 'path.householdId', detail: 'Start the plan and add its goals before recording a plan meeting.' });
  await q.touchPlan(sql, plan.id);
  const agreed = (await loadPlanView(sql, householdId))!;
  const meeting = await q.insertMeeting(sql, {
    tenantId: actor.tenantId, id: newId(), planId: plan.id, householdId, metOn: input.metOn, snapshot: agreed, agreedBy: input.agreedBy, note: input.note, createdBy: actor.userId,
  });
  auditCaseChange(sql, actor, householdId, 'plan.meeting_recorded', 'create', { planId: plan.id, meetingId: meeting.id, planVersion: agreed.version, agreedBy: input.agreedBy.length });
  return toMeetingView(meeting);
}

export async function listPlanMeetings(sql: Sql, actor: Actor, householdId: string, query: { cursor?: string; limit: number }) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const page = toPage(await q.meetingsOfHousehold(sql, householdId, after, query.limit), query.limit, (m) => [m.met_on, m.id]);
  const items = page.items.map(toMeetingView);
  auditCaseRead(sql, actor, rel, 'plan.meetings_read', items.flatMap((m) => personsInPlan(m.snapshot)), { meetings: items.length });
  return { items, nextCursor: page.nextCursor };
}
