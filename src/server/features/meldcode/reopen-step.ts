import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { auditCaseChange } from '../../platform/case-audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { requireMeldcodeCase } from './case-access';
import { stateOf, toCaseView } from './present';
import * as q from './queries';
import { canReopen } from './step-state';

/**
 * Opens a done step again, with a reason; the later steps open with it and are done again in
 * order. Nothing is overwritten: the reopening is one more row in the history, and the earlier
 * completions stay readable there.
 */
export async function reopenMeldcodeStep(sql: Sql, actor: Actor, caseId: string, input: { step: number; reason: string }): Promise<MeldcodeCaseView> {
  const { access, row } = await requireMeldcodeCase(sql, actor, caseId, 'write', 'meldcode_step.reopened');
  if (row.status === 'closed') throw new AppError('conflict', { detail: 'This Meldcode case is closed.' });
  await q.lockCase(sql, caseId);
  const records = await q.stepRecords(sql, caseId);
  if (!canReopen(stateOf(row, records), input.step)) throw new AppError('validation_failed', { field: 'body.step', detail: 'Only a step that is done can be opened again.' });
  const seq = (records.at(-1)?.seq ?? 0) + 1;
  await q.insertStepRecord(sql, { tenantId: actor.tenantId, id: newId(), caseId, seq, step: input.step, kind: 'reopened', data: { reason: input.reason }, recordedBy: actor.userId });
  auditCaseChange(sql, actor, row.household_id, 'meldcode_step.reopened', 'update', { meldcodeCaseId: caseId, step: input.step, via: access });
  return toCaseView(row, await q.stepRecords(sql, caseId), access, true);
}
