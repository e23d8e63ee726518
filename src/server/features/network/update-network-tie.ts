import type { z } from 'zod';
import type { NetworkTieView, UpdateNetworkTieInput } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { auditCaseChange } from '../../platform/case-audit';
import { requireMemberOrNull, requireOpenCase } from '../../platform/case-guards';
import { toTieView } from './present';
import * as q from './queries';

const columnOf = { personId: 'person_id', name: 'name', kind: 'kind', strength: 'strength', support: 'support', meaningfulAdult: 'meaningful_adult' } as const;

/** The household's tie with someone, or a 404. */
export async function requireTie(sql: Sql, householdId: string, tieId: string): Promise<q.TieRow> {
  const tie = await q.tieOfHousehold(sql, householdId, tieId);
  if (!tie) throw new AppError('not_found', { detail: 'This household has no such tie.' });
  return tie;
}

/** Changes a tie on top of the version the writer saw (If-Match); a stale edit is a 412. */
export async function updateNetworkTie(sql: Sql, actor: Actor, householdId: string, tieId: string, expected: number, input: z.infer<typeof UpdateNetworkTieInput>): Promise<z.infer<typeof NetworkTieView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  const tie = await requireTie(sql, householdId, tieId);
  requireVersion(tie.version, expected);
  await requireMemberOrNull(sql, householdId, input.personId, 'body.personId');
  const columns: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columnOf)) if (input[key as keyof typeof columnOf] !== undefined) columns[column] = input[key as keyof typeof columnOf];
  if (Object.keys(columns).length && !(await q.updateTieColumns(sql, householdId, tieId, expected, columns))) requireVersion(-1, expected);
  auditCaseChange(sql, actor, householdId, 'network_tie.updated', 'update', { tieId, changed: Object.keys(input) }, input.personId ?? tie.person_id);
  return toTieView((await q.tieOfHousehold(sql, householdId, tieId))!);
}
