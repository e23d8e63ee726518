import type { z } from 'zod';
import type { NetworkTieInput, NetworkTieView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { newId } from '../../platform/ids';
import { auditCaseChange } from '../../platform/case-audit';
import { requireMemberOrNull, requireOpenCase } from '../../platform/case-guards';
import { toTieView } from './present';
import * as q from './queries';

/** Adds someone from the household's network, tied to a member or to the whole household. */
export async function addNetworkTie(sql: Sql, actor: Actor, householdId: string, input: z.infer<typeof NetworkTieInput>): Promise<z.infer<typeof NetworkTieView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  await requireMemberOrNull(sql, householdId, input.personId, 'body.personId');
  const id = newId();
  await q.insertTie(sql, { tenantId: actor.tenantId, id, householdId, ...input });
  auditCaseChange(sql, actor, householdId, 'network_tie.created', 'create', { tieId: id, kind: input.kind, meaningfulAdult: input.meaningfulAdult }, input.personId);
  return toTieView((await q.tieOfHousehold(sql, householdId, id))!);
}
