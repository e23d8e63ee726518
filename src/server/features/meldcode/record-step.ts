import { allowedDecisions, type MeldcodeCaseView, type StepRecordInput } from '../../../contracts/meldcode';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { auditCaseChange } from '../../platform/case-audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { requireMeldcodeCase } from './case-access';
import { stateOf, toCaseView } from './present';
import * as q from './queries';
import { currentMeldcodeSettings } from './settings';
import { canComplete } from './step-state';

/**
 * Completes the case's current step with what it records. Steps go in order; step 4 keeps the
 * tenant's wording of each question as it was shown; step 5 must follow the afwegingskader
 * (e.g. acute or structural unsafety means a report to Veilig Thuis).
 */
export async function recordMeldcodeStep(sql: Sql, actor: Actor, caseId: string, input: StepRecordInput): Promise<MeldcodeCaseView> {
  const { access, row } = await requireMeldcodeCase(sql, actor, caseId, 'write', 'meldcode_step.completed');
  if (row.status === 'closed') throw new AppError('conflict', { detail: 'This Meldcode case is closed.' });
  await q.lockCase(sql, caseId);
  const records = await q.stepRecords(sql, caseId);
  const state = stateOf(row, records);
  if (!canComplete(state, input.step))
    throw new AppError('conflict', { detail: state.currentStep === null ? 'All five steps are done.' : `Step ${state.currentStep} comes first; steps are done in order.` });

  let data: Record<string, unknown> = { ...input };
  if (input.step === 4) {
    const settings = await currentMeldcodeSettings(sql);
    data = { step: 4, settingsVersion: settings.version, answers: input.answers.map((a, i) => ({ question: settings.questions[i] ?? '', ...a })) };
  }
  if (input.step === 5) {
    const weighing = state.done.get(4)?.data as { answers: { answer: boolean }[] } | undefined;
    const allowed = allowedDecisions((weighing?.answers ?? []).map((a) => a.answer));
    if (!allowed.includes(input.decision))
      throw new AppError('validation_failed', { field: 'body.decision', detail: `After these answers of the afwegingskader the decision must be one of: ${allowed.join(', ')}.` });
  }
  const seq = (records.at(-1)?.seq ?? 0) + 1;
  await q.insertStepRecord(sql, { tenantId: actor.tenantId, id: newId(), caseId, seq, step: input.step, kind: 'completed', data, recordedBy: actor.userId });
  auditCaseChange(sql, actor, row.household_id, 'meldcode_step.completed', 'create', { meldcodeCaseId: caseId, step: input.step, via: access, ...(input.step === 5 ? { decision: input.decision } : {}) });
  return toCaseView(row, await q.stepRecords(sql, caseId), access, true);
}
