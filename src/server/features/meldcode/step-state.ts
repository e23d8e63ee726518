import { MELDCODE_STEPS } from '../../../contracts/meldcode';

/** One row of a case's append-only step history. */
export interface StepEvent {
  seq: number;
  step: number;
  kind: 'completed' | 'reopened';
  recordedAt: Date;
}

export interface StepState<E extends StepEvent> {
  /** The completion that counts for each done step. */
  done: Map<number, E>;
  /** The step to do now, or null when all five are done. */
  currentStep: number | null;
  /** Since when the current step is open: the last event, or the case's opening. */
  openSince: Date;
}

/**
 * Replays the history: a completion marks its step done; reopening a step undoes it and every
 * later step, which must then be done again in order.
 */
export function replaySteps<E extends StepEvent>(events: readonly E[], openedAt: Date): StepState<E> {
  const done = new Map<number, E>();
  let openSince = openedAt;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    if (event.kind === 'completed') done.set(event.step, event);
    else for (const step of MELDCODE_STEPS) if (step >= event.step) done.delete(step);
    openSince = event.recordedAt;
  }
  const currentStep = MELDCODE_STEPS.find((s) => !done.has(s)) ?? null;
  return { done, currentStep, openSince };
}

/** A step may be completed only when it is the current one: every earlier step is done. */
export const canComplete = (state: StepState<StepEvent>, step: number): boolean => state.currentStep === step;

/** A step may be reopened when it is done (the later ones reopen with it). */
export const canReopen = (state: StepState<StepEvent>, step: number): boolean => state.done.has(step);
