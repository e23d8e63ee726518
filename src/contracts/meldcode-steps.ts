import { z } from 'zod';
import { PastDate } from './households';

/** What each of the five Meldcode steps records. Texts are bounded; dates are in the past. */
const Text = (error: string, max = 4000) => z.string().trim().min(1, { error }).max(max);
const OptionalText = z.string().trim().max(4000).nullable().default(null);

/** Step 1: the signals — what was seen or heard, by whom, when. */
export const ObservedSignal = z.strictObject({
  observedOn: PastDate,
  observedBy: Text('Say who saw or heard it', 200),
  description: Text('Describe what was seen or heard'),
});
export const SignalsStep = z.strictObject({
  step: z.literal(1),
  signals: z.array(ObservedSignal).min(1, { error: 'Record at least one signal' }).max(50),
});

/** Step 2: consulting a colleague and, if needed, Veilig Thuis or a specialist. */
export const ConsultationKind = z.enum(['colleague', 'veilig_thuis', 'specialist']);
export const Consultation = z.strictObject({
  kind: ConsultationKind,
  whom: Text('Say whom you consulted', 200),
  consultedOn: PastDate,
  advice: Text('Write down the advice'),
});
export const ConsultationStep = z.strictObject({
  step: z.literal(2),
  consultations: z.array(Consultation).min(1, { error: 'Record at least the consultation with a colleague' }).max(20)
    .refine((list) => list.some((c) => c.kind === 'colleague'), { error: 'Consulting a colleague is part of step 2' }),
});

/** Step 3: the conversation with the client, or why it did not take place. */
export const NotHeldReason = z.enum(['child_safety', 'client_safety', 'own_safety', 'other']);
export const ConversationStep = z.strictObject({
  step: z.literal(3),
  held: z.boolean(),
  heldOn: PastDate.nullable().default(null),
  withWhom: z.string().trim().max(200).nullable().default(null),
  summary: OptionalText,
  notHeldReason: NotHeldReason.nullable().default(null),
  notHeldExplanation: OptionalText,
}).superRefine((v, ctx) => {
  const need = (ok: unknown, path: string, message: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
  };
  if (v.held) {
    need(v.heldOn, 'heldOn', 'Say when the conversation took place');
    need(v.withWhom, 'withWhom', 'Say with whom you talked');
    need(v.summary, 'summary', 'Write down what was said');
  } else {
    need(v.notHeldReason, 'notHeldReason', 'Say why there was no conversation');
    need(v.notHeldExplanation, 'notHeldExplanation', 'Explain why there was no conversation');
  }
});

/** Step 4: the afwegingskader — five questions, each answered yes or no, explained and dated. */
export const WeighingAnswer = z.strictObject({
  answer: z.boolean(),
  explanation: Text('Explain the answer'),
  answeredOn: PastDate,
});
export const WeighingStep = z.strictObject({
  step: z.literal(4),
  answers: z.array(WeighingAnswer).length(5, { error: 'Answer all five questions' }),
});
/** A stored weighing keeps the wording each question had when it was answered. */
export const WeighingView = z.object({
  step: z.literal(4),
  settingsVersion: z.number().int(),
  answers: z.array(WeighingAnswer.extend({ question: z.string() })),
});

/** Step 5: the decision — organise help and monitor, or report to Veilig Thuis (and maybe also help). */
export const Decision = z.enum(['organise_help', 'report', 'no_suspicion']);
export type Decision = z.infer<typeof Decision>;
export const DecisionStep = z.strictObject({
  step: z.literal(5),
  decision: Decision,
  alsoOrganiseHelp: z.boolean().default(false),
  helpPlan: OptionalText,
  reportedOn: PastDate.nullable().default(null),
  veiligThuisReference: z.string().trim().max(100).nullable().default(null),
  explanation: Text('Explain the decision'),
}).superRefine((v, ctx) => {
  const need = (ok: unknown, path: string, message: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
  };
  const helps = v.decision === 'organise_help' || (v.decision === 'report' && v.alsoOrganiseHelp);
  if (v.decision === 'report') {
    need(v.reportedOn, 'reportedOn', 'Give the date of the report to Veilig Thuis');
    need(v.veiligThuisReference, 'veiligThuisReference', 'Give the reference Veilig Thuis gave the report');
  } else {
    need(!v.alsoOrganiseHelp, 'alsoOrganiseHelp', 'Only a report can come with help as well');
    need(!v.reportedOn && !v.veiligThuisReference, 'reportedOn', 'Only a report has a report date');
  }
  if (helps) need(v.helpPlan, 'helpPlan', 'Describe the help and how you will monitor safety');
});
