import { MELDCODE_STEPS, StepData, type MeldcodeCaseSummary, type MeldcodeCaseView } from '../../../contracts/meldcode';
import type { MeldcodeAccess } from './policy';
import type { CaseRow, StepRecordRow } from './queries';
import { replaySteps, type StepState } from './step-state';

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export type RecordEvent = StepRecordRow & { recordedAt: Date };

export function stateOf(row: CaseRow, records: StepRecordRow[]): StepState<RecordEvent> {
  return replaySteps(records.map((r) => ({ ...r, recordedAt: new Date(r.recorded_at) })), new Date(row.opened_at));
}

export function toSummary(row: CaseRow, state: StepState<RecordEvent>): MeldcodeCaseSummary {
  return {
    id: row.id, householdId: row.household_id, householdName: row.household_name, status: row.status, currentStep: state.currentStep,
    openedAt: iso(row.opened_at)!, openedByName: row.opened_by_name, closedAt: iso(row.closed_at), closeReason: row.close_reason,
  };
}

/** The whole case: each step with its status and what it records, and the history of every turn. */
export function toCaseView(row: CaseRow, records: StepRecordRow[], access: MeldcodeAccess, canEdit: boolean): MeldcodeCaseView {
  const state = stateOf(row, records);
  const steps = MELDCODE_STEPS.map((step) => {
    const record = state.done.get(step);
    const status = record ? 'done' : step === state.currentStep ? 'open' : 'waiting';
    return {
      step, status, openSince: status === 'open' && row.status === 'open' ? state.openSince.toISOString() : null,
      completedAt: record ? record.recordedAt.toISOString() : null, completedByName: record?.recorded_by_name ?? null,
      data: record ? StepData.parse({ ...record.data, step }) : null,
    } as const;
  });
  const history = records.map((r) => ({
    seq: r.seq, step: r.step, kind: r.kind, recordedAt: new Date(r.recorded_at).toISOString(), recordedByName: r.recorded_by_name,
    reason: r.kind === 'reopened' && typeof r.data.reason === 'string' ? r.data.reason : null,
  }));
  return { ...toSummary(row, state), access, canEdit: canEdit && row.status === 'open', steps, history };
}
