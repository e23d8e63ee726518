import type { z } from 'zod';
import type { ExplorationInput, ExplorationView } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import * as q from './queries';

const toView = (r: q.ExplorationRow): z.infer<typeof ExplorationView> => ({
  id: r.id, personId: r.person_id, wishes: r.wishes, lenses: r.lenses as z.infer<typeof ExplorationView>['lenses'], version: r.version, updatedAt: new Date(r.updated_at).toISOString(),
});

async function requireMember(sql: Sql, householdId: string, personId: string): Promise<void> {
  if (!(await q.memberIds(sql, householdId)).includes(personId)) throw new AppError('validation_failed', { field: 'body.personId', detail: 'This person is not a member of the household.' });
}

function requireDistinctLenses(input: z.infer<typeof ExplorationInput>): void {
  const dup = input.lenses.findIndex((l, i) => input.lenses.findIndex((o) => o.lens === l.lens) !== i);
  if (dup >= 0) throw new AppError('validation_failed', { field: `body.lenses.${dup}.lens`, detail: 'Each lens once.' });
}

export async function listExplorations(sql: Sql, actor: Actor, householdId: string) {
  await requireCaseAccess(sql, actor, householdId, 'read');
  const rows = await q.explorations(sql, householdId);
  for (const row of rows) audit(sql, actor, { eventType: 'household.exploration_read', action: 'read', personId: row.person_id, objectType: 'household', objectId: householdId });
  return rows.map(toView);
}

/** Where a young person wants to go, what hinders and what helps, through the context lenses. */
export async function createExploration(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof ExplorationInput>) {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireMember(sql, householdId, input.personId);
  requireDistinctLenses(input);
  const id = newId();
  await q.insertExploration(sql, { tenantId: actor.tenantId, id, householdId, ...input, createdBy: actor.userId });
  audit(sql, actor, { eventType: 'household.exploration_created', action: 'create', personId: input.personId, objectType: 'household', objectId: householdId });
  return toView((await q.explorations(sql, householdId)).find((r) => r.id === id)!);
}

export async function updateExploration(sql: Sql, actor: Actor, householdId: string, id: string, expected: number, input: z.infer<typeof ExplorationInput>) {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const current = await q.explorationVersion(sql, householdId, id);
  if (current === null) throw new AppError('not_found');
  requireVersion(current, expected);
  await requireMember(sql, householdId, input.personId);
  requireDistinctLenses(input);
  if (!(await q.updateExploration(sql, householdId, id, expected, input))) requireVersion(-1, expected);
  audit(sql, actor, { eventType: 'household.exploration_updated', action: 'update', personId: input.personId, objectType: 'household', objectId: householdId });
  return toView((await q.explorations(sql, householdId)).find((r) => r.id === id)!);
}
