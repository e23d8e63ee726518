import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { DecisionStep, ConsultationStep, ConversationStep, SignalsStep, WeighingStep, WeighingView } from './meldcode-steps';

export * from './meldcode-steps';
export * from './meldcode-rules';

/** The five steps of the Meldcode huiselijk geweld en kindermishandeling. */
export const MELDCODE_STEPS = [1, 2, 3, 4, 5] as const;
export const StepNumber = z.number().int().min(1).max(5);

/** Completing the current step: the body says which step and carries what that step records. */
export const StepRecordInput = z.discriminatedUnion('step', [SignalsStep, ConsultationStep, ConversationStep, WeighingStep, DecisionStep]);
export type StepRecordInput = z.infer<typeof StepRecordInput>;

/** What a completed step holds: as entered, and for step 4 with the wording each question had. */
export const StepData = z.discriminatedUnion('step', [SignalsStep, ConsultationStep, ConversationStep, WeighingView, DecisionStep]);
export type StepData = z.infer<typeof StepData>;

export const ReopenStepInput = z.strictObject({
  step: StepNumber,
  reason: z.string().trim().min(1, { error: 'Say why the step is opened again' }).max(2000),
});
export const CloseMeldcodeCaseInput = z.strictObject({
  status: z.literal('closed'),
  closeReason: z.string().trim().min(1, { error: 'Say why the Meldcode case is closed' }).max(2000),
});
export const StartMeldcodeCaseInput = z.strictObject({ householdId: Uuid });
export const MeldcodeCaseQuery = z.strictObject({
  householdId: Uuid.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const StepStatus = z.enum(['done', 'open', 'waiting']);
export const MeldcodeStepView = z.object({
  step: StepNumber,
  status: StepStatus,
  /** Since when the open step is open; null for the others. */
  openSince: Timestamp.nullable(),
  completedAt: Timestamp.nullable(),
  completedByName: z.string().nullable(),
  data: StepData.nullable(),
});
export const StepHistoryEntry = z.object({
  seq: z.number().int(),
  step: StepNumber,
  kind: z.enum(['completed', 'reopened']),
  recordedAt: Timestamp,
  recordedByName: z.string(),
  reason: z.string().nullable(),
});

export const MeldcodeCaseSummary = z.object({
  id: Uuid,
  householdId: Uuid,
  householdName: z.string(),
  status: z.enum(['open', 'closed']),
  /** The step to do now; null once all five are done. */
  currentStep: StepNumber.nullable(),
  openedAt: Timestamp,
  openedByName: z.string(),
  closedAt: Timestamp.nullable(),
  closeReason: z.string().nullable(),
});
export type MeldcodeCaseSummary = z.infer<typeof MeldcodeCaseSummary>;

export const MeldcodeCaseView = MeldcodeCaseSummary.extend({
  /** How the reader reaches this case. */
  access: z.enum(['coordinator', 'safety_officer', 'team_lead']),
  canEdit: z.boolean(),
  steps: z.array(MeldcodeStepView),
  history: z.array(StepHistoryEntry),
});
export type MeldcodeCaseView = z.infer<typeof MeldcodeCaseView>;

export const QuestionWording = z.string().trim().min(5, { error: 'Write the whole question' }).max(500);
export const OverdueDays = z.number().int().min(1).max(60);
export const MeldcodeSettingsInput = z.strictObject({
  questions: z.array(QuestionWording).length(5, { error: 'The afwegingskader has five questions' }),
  overdueWorkingDays: z.array(OverdueDays).length(5, { error: 'Give a number of working days for each of the five steps' }),
});
export type MeldcodeSettingsInput = z.infer<typeof MeldcodeSettingsInput>;
export const MeldcodeSettingsView = z.object({
  version: z.number().int(),
  questions: z.array(z.string()),
  overdueWorkingDays: z.array(z.number().int()),
  updatedAt: Timestamp.nullable(),
  updatedByName: z.string().nullable(),
});
export type MeldcodeSettingsView = z.infer<typeof MeldcodeSettingsView>;
