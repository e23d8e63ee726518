import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { auditCaseChange } from '../../platform/case-audit';
import { requireOpenCase } from '../../platform/case-guards';
import * as q from './queries';
import { requireTie } from './update-network-tie';

/** Removes a tie; with If-Match only the version the writer saw. */
export async function removeNetworkTie(sql: Sql, actor: Actor, householdId: string, tieId: string, expected: number | null): Promise<void> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  const tie = await requireTie(sql, householdId, tieId);
  if (expected !== null) requireVersion(tie.version, expected);
  if (!(await q.deleteTie(sql, householdId, tieId))) throw new AppError('not_found');
  auditCaseChange(sql, actor, householdId, 'network_tie.deleted', 'delete', { tieId, kind: tie.kind }, tie.person_id);
}
