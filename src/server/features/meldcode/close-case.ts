import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { auditCaseChange } from '../../platform/case-audit';
import { AppError } from '../../platform/errors';
import { requireMeldcodeCase } from './case-access';
import { stateOf, toCaseView } from './present';
import * as q from './queries';

/** Closes a Meldcode case with a reason, once the decision (step 5) is taken. A closed case stays readable. */
export async function closeMeldcodeCase(sql: Sql, actor: Actor, caseId: string, reason: string): Promise<MeldcodeCaseView> {
  const { access, row } = await requireMeldcodeCase(sql, actor, caseId, 'write', 'meldcode_case.closed');
  if (row.status === 'closed') throw new AppError('conflict', { detail: 'This Meldcode case is already closed.' });
  await q.lockCase(sql, caseId);
  if (stateOf(row, await q.stepRecords(sql, caseId)).currentStep !== null) throw new AppError('conflict', { detail: 'A Meldcode case is closed after the decision of step 5.' });
  await q.closeCase(sql, caseId, actor.userId, reason);
  auditCaseChange(sql, actor, row.household_id, 'meldcode_case.closed', 'update', { meldcodeCaseId: caseId, via: access });
  return toCaseView((await q.caseById(sql, caseId))!, await q.stepRecords(sql, caseId), access, true);
}
