import type { z } from 'zod';
import type { CareDecisionInput, CareDecisionView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { newId } from '../../platform/ids';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditCaseChange, auditCaseRead } from '../../platform/case-audit';
import { requireMemberOrNull, requireOpenCase } from '../../platform/case-guards';
import * as q from './queries';

const toView = (r: q.CareDecisionRow): z.infer<typeof CareDecisionView> => ({
  id: r.id, personId: r.person_id, direction: r.direction, provider: r.provider, productCategory: r.product_category, startsOn: r.starts_on,
  endsOn: r.ends_on, volume: r.volume, note: r.note, createdAt: new Date(r.created_at).toISOString(),
});

export async function listCareDecisions(sql: Sql, actor: Actor, householdId: string, query: { cursor?: string; limit: number }) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const page = toPage(await q.decisionsOfHousehold(sql, householdId, after, query.limit), query.limit, (r) => [r.starts_on, r.id]);
  auditCaseRead(sql, actor, rel, 'care_decision.read', page.items.map((r) => r.person_id), { decisions: page.items.length });
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

/**
 * Records a step up to specialist care, or back down, as a care decision (beschikking). It is
 * only a record: the household keeps its plan and its coordinator.
 */
export async function recordCareDecision(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof CareDecisionInput>): Promise<z.infer<typeof CareDecisionView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  await requireMemberOrNull(sql, householdId, input.personId, 'body.personId');
  const row = await q.insertDecision(sql, { tenantId: actor.tenantId, id: newId(), householdId, ...input, createdBy: actor.userId });
  auditCaseChange(sql, actor, householdId, 'care_decision.created', 'create', { careDecisionId: row.id, direction: input.direction }, input.personId);
  return toView(row);
}
