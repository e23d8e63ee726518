import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { auditCaseChange } from '../../platform/case-audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { requireMeldcodeAccess } from './case-access';
import { toCaseView } from './present';
import * as q from './queries';

/** Starts a Meldcode case on a household; a household has at most one open case at a time. */
export async function startMeldcodeCase(sql: Sql, actor: Actor, householdId: string): Promise<MeldcodeCaseView> {
  const { rel, access } = await requireMeldcodeAccess(sql, actor, householdId, 'write', 'meldcode_case.started');
  if (rel.householdStatus === 'closed') throw new AppError('conflict', { detail: 'This household\'s case is closed; it takes no more changes.' });
  if (await q.openCaseOfHousehold(sql, householdId)) throw new AppError('conflict', { detail: 'This household already has an open Meldcode case.' });
  const id = newId();
  await q.insertCase(sql, { tenantId: actor.tenantId, id, householdId, openedBy: actor.userId });
  auditCaseChange(sql, actor, householdId, 'meldcode_case.started', 'create', { meldcodeCaseId: id, via: access });
  return toCaseView((await q.caseById(sql, id))!, [], access, true);
}
