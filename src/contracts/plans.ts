import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { PastDate } from './households';

/** A calendar date the database can hold and a plan can mean: 1900 to 2199. */
const inRange = (d: string) => d >= '1900-01-01' && d <= '2199-12-31';
const PlanDate = z.iso.date({ error: 'Use a date like 2027-01-15' }).refine(inRange, { error: 'Use a date between 1900 and 2199' });
/** A date in the past since 1900 (PastDate already refuses both). */
const PastPlanDate = PastDate;

export const GoalDomain = z.enum(['home', 'school_work', 'leisure_friends', 'health', 'money', 'safety', 'other']);
export const GoalStatus = z.enum(['open', 'achieved', 'partly_achieved', 'not_achieved', 'dropped']);
export const ActionOwnerKind = z.enum(['family', 'network', 'professional', 'service']);

export const RatingView = z.object({ id: Uuid, rating: z.number().int().min(0).max(10), ratedByPersonId: Uuid.nullable(), note: z.string().nullable(), ratedAt: Timestamp });
export const ActionView = z.object({
  id: Uuid, goalId: Uuid, description: z.string(), ownerKind: ActionOwnerKind, ownerName: z.string(),
  dueOn: z.iso.date().nullable(), doneAt: Timestamp.nullable(), version: z.number().int(),
});
export const GoalView = z.object({
  id: Uuid, personId: Uuid.nullable(), domain: GoalDomain, ownWords: z.string(), status: GoalStatus, evaluation: z.string().nullable(),
  version: z.number().int(), ratings: z.array(RatingView), actions: z.array(ActionView),
});
export const PlanView = z.object({ id: Uuid, householdId: Uuid, status: z.enum(['active', 'closed']), version: z.number().int(), goals: z.array(GoalView), createdAt: Timestamp, updatedAt: Timestamp });
export type PlanView = z.infer<typeof PlanView>;

export const GoalInput = z.strictObject({
  /** The person the goal belongs to; absent for a goal of the whole household. */
  personId: Uuid.nullable().default(null),
  domain: GoalDomain,
  ownWords: z.string().trim().min(1, { error: 'Write the goal in the family\'s own words' }).max(1000),
});
export const UpdateGoalInput = z.strictObject({ domain: GoalDomain.optional(), ownWords: z.string().trim().min(1).max(1000).optional(), personId: Uuid.nullable().optional(), status: GoalStatus.optional(), evaluation: z.string().trim().max(2000).nullable().optional() });
export const RatingInput = z.strictObject({ rating: z.number().int().min(0).max(10), ratedByPersonId: Uuid.nullable().default(null), note: z.string().trim().max(1000).nullable().default(null) });
export const ActionInput = z.strictObject({
  description: z.string().trim().min(1).max(1000),
  ownerKind: ActionOwnerKind,
  ownerName: z.string().trim().min(1, { error: 'Say who does this' }).max(200),
  dueOn: PlanDate.nullable().default(null),
});
export const UpdateActionInput = z.strictObject({ description: z.string().trim().min(1).max(1000).optional(), ownerKind: ActionOwnerKind.optional(), ownerName: z.string().trim().min(1).max(200).optional(), dueOn: PlanDate.nullable().optional(), done: z.boolean().optional() });

export const PlanMeetingInput = z.strictObject({ metOn: PastPlanDate, agreedBy: z.array(z.string().trim().min(1).max(200)).min(1, { error: 'Record who agreed' }).max(30), note: z.string().trim().max(4000).nullable().default(null) });
export const PlanMeetingView = z.object({ id: Uuid, metOn: z.iso.date(), agreedBy: z.array(z.string()), note: z.string().nullable(), snapshot: PlanView, createdAt: Timestamp });

export const TieKind = z.enum(['family', 'friend', 'neighbour', 'teacher', 'sports_coach', 'professional', 'other']);
export const TieStrength = z.enum(['strong', 'normal', 'weak', 'strained']);
export const NetworkTieInput = z.strictObject({
  personId: Uuid.nullable().default(null), name: z.string().trim().min(1).max(200), kind: TieKind, strength: TieStrength,
  support: z.string().trim().max(2000).default(''), meaningfulAdult: z.boolean().default(false),
});
export const NetworkTieView = NetworkTieInput.extend({ id: Uuid, version: z.number().int() });

export const ZRM_SCALE = [1, 2, 3, 4, 5] as const;
export const ZrmInput = z.strictObject({ personId: Uuid, assessedOn: PastPlanDate, scores: z.record(z.string().regex(/^[a-z_]+$/), z.number().int().min(1).max(5)), note: z.string().trim().max(4000).nullable().default(null) });
export const ZrmView = z.object({ id: Uuid, personId: Uuid, assessedOn: z.iso.date(), scores: z.record(z.string(), z.number().int()), note: z.string().nullable(), createdAt: Timestamp });
export const ZrmDomainView = z.object({ key: z.string(), label: z.string() });

const Scale = z.number().int().min(0).max(10).nullable().default(null);
export const SafetyMapInput = z.strictObject({
  harm: z.string().max(10000).default(''), danger: z.string().max(10000).default(''), complicatingFactors: z.string().max(10000).default(''),
  workingWell: z.string().max(10000).default(''), needsToHappen: z.string().max(10000).default(''),
  scaleFamily: Scale, scaleCoach: Scale, scaleNetwork: Scale,
  dangerStatements: z.string().max(10000).default(''), safetyGoals: z.string().max(10000).default(''),
});
export const SafetyMapView = SafetyMapInput.extend({ id: Uuid, version: z.number().int(), createdAt: Timestamp, createdByName: z.string() });

export const CareDecisionInput = z.strictObject({
  personId: Uuid.nullable().default(null), direction: z.enum(['step_up', 'step_down']), provider: z.string().trim().min(1).max(200),
  productCategory: z.string().trim().min(1).max(200), startsOn: PlanDate, endsOn: PlanDate.nullable().default(null),
  volume: z.string().trim().max(200).nullable().default(null), note: z.string().trim().max(4000).nullable().default(null),
}).refine((v) => !v.endsOn || v.endsOn >= v.startsOn, { error: 'The end date is before the start date', path: ['endsOn'] });
export const CareDecisionView = z.object({
  id: Uuid, personId: Uuid.nullable(), direction: z.enum(['step_up', 'step_down']), provider: z.string(), productCategory: z.string(),
  startsOn: z.iso.date(), endsOn: z.iso.date().nullable(), volume: z.string().nullable(), note: z.string().nullable(), createdAt: Timestamp,
});

export const TimelineEntry = z.object({ at: Timestamp, kind: z.string(), title: z.string(), byName: z.string().nullable(), refId: Uuid.nullable() });

export const CloseCaseInput = z.strictObject({
  reason: z.string().trim().min(3).max(2000),
  goalEvaluations: z.array(z.strictObject({ goalId: Uuid, status: GoalStatus.exclude(['open']), evaluation: z.string().trim().min(1).max(2000) })).max(100),
});

// ---------- added with the plan side of the household file ----------

export const UpdateNetworkTieInput = z.strictObject({
  personId: Uuid.nullable().optional(), name: z.string().trim().min(1).max(200).optional(), kind: TieKind.optional(), strength: TieStrength.optional(),
  support: z.string().trim().max(2000).optional(), meaningfulAdult: z.boolean().optional(),
});

/** The ZRM scale, 1 to 5; Wijkwijs ships the labels only. */
export const ZRM_SCALE_LABELS: Record<(typeof ZRM_SCALE)[number], string> = {
  1: 'Acute problematiek', 2: 'Niet zelfredzaam', 3: 'Beperkt zelfredzaam', 4: 'Voldoende zelfredzaam', 5: 'Volledig zelfredzaam',
};
/** The 13 standard domains of the Zelfredzaamheidsmatrix; a tenant may rename or change its list. */
export const ZRM_DEFAULT_DOMAINS: readonly { key: string; label: string }[] = [
  { key: 'finances', label: 'Financiën' },
  { key: 'work_education', label: 'Werk en opleiding' },
  { key: 'time_use', label: 'Tijdsbesteding' },
  { key: 'housing', label: 'Huisvesting' },
  { key: 'domestic_relations', label: 'Huiselijke relaties' },
  { key: 'mental_health', label: 'Geestelijke gezondheid' },
  { key: 'physical_health', label: 'Lichamelijke gezondheid' },
  { key: 'substance_use', label: 'Middelengebruik' },
  { key: 'basic_adl', label: 'Basale ADL' },
  { key: 'instrumental_adl', label: 'Instrumentele ADL' },
  { key: 'social_network', label: 'Sociaal netwerk' },
  { key: 'community_participation', label: 'Maatschappelijke participatie' },
  { key: 'justice', label: 'Justitie' },
];
export const ZrmScaleLabel = z.object({ score: z.number().int().min(1).max(5), label: z.string() });
export const ZrmDomainList = z.object({ domains: z.array(ZrmDomainView), scale: z.array(ZrmScaleLabel) });

export const TimelineKind = z.enum([
  'household_registered', 'coordinator_handover', 'contact', 'plan_created', 'goal_created', 'goal_rated', 'plan_meeting',
  'care_decision', 'safety_map', 'zrm_assessment', 'case_closed',
]);
export const TimelineQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** `asc`: oldest first (the story of the case in order); `desc`: newest first. */
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const ClosureView = z.object({
  id: Uuid, householdId: Uuid, reason: z.string(), closedAt: Timestamp, closedByName: z.string(),
  goals: z.array(z.object({ goalId: Uuid, ownWords: z.string(), status: GoalStatus, evaluation: z.string().nullable() })),
});

/** What the printed plan shows: plain facts in the family's words, no BSN, no contact notes. */
export const PlanPrintView = z.object({
  householdName: z.string(),
  printedOn: z.iso.date(),
  coordinatorName: z.string().nullable(),
  teamName: z.string().nullable(),
  members: z.array(z.object({ id: Uuid, givenName: z.string(), age: z.number().int().nullable() })),
  plan: PlanView.nullable(),
  network: z.array(z.object({ name: z.string(), kind: TieKind, support: z.string(), forName: z.string().nullable() })),
});

export const NetworkTieQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
  /** Only the meaningful adults (`true`), or only the other ties (`false`). */
  meaningfulAdult: z.stringbool().optional(),
});

export const ZrmQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** Only this member's assessments (for one person's chart). */
  personId: Uuid.optional(),
});

/** The admin's list of ZRM domains for the municipality, in the order they are shown. */
export const ZrmDomainsInput = z.strictObject({
  domains: z.array(z.strictObject({ key: z.string().regex(/^[a-z_]{1,40}$/, { error: 'Use lower-case letters and _ only' }), label: z.string().trim().min(1).max(100) })).min(1).max(30),
});
