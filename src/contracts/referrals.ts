import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { InformationCategory } from './consents';

/** Referrals that close the loop: `/api/v1/referrals`, answered in the inbox or through a single-use link. */
export const ReferralStatus = z.enum(['draft', 'sent', 'accepted', 'declined', 'in_progress', 'completed', 'not_completed', 'cancelled', 'expired']);
export type ReferralStatus = z.infer<typeof ReferralStatus>;
/** The statuses a provider (or link holder) answers with. */
export const ProviderAnswer = z.enum(['accepted', 'declined', 'in_progress', 'completed', 'not_completed']);
export type ProviderAnswer = z.infer<typeof ProviderAnswer>;

const Reason = z.string().trim().max(2000);

export const ReferralInput = z.strictObject({
  householdId: Uuid,
  personId: Uuid,
  serviceId: z.uuid(),
  /** The consent this referral rests on; it must be valid, for purpose referral, to this service's organisation. */
  consentId: Uuid.optional(),
  /** The minimum information to share: a subset of the consent's scope (may be empty). */
  share: z.array(InformationCategory).max(6).refine((l) => new Set(l).size === l.length, { error: 'Name each kind of information once' }),
  message: z.string().trim().max(4000).default(''),
  /** Where the answer link goes; defaults to the service's (or its organisation's) e-mail address. */
  recipientEmail: z.email({ error: 'Use an e-mail address like naam@voorbeeld.nl' }).max(254).optional(),
  /** false keeps it as a draft. */
  send: z.boolean().default(true),
});
export type ReferralInput = z.infer<typeof ReferralInput>;

export const ReferralStepInput = z.strictObject({
  status: ReferralStatus.exclude(['draft', 'expired']),
  reason: Reason.optional(),
});
export type ReferralStepInput = z.infer<typeof ReferralStepInput>;

export const LinkAnswerInput = z.strictObject({ status: ProviderAnswer, reason: Reason.optional() });
export type LinkAnswerInput = z.infer<typeof LinkAnswerInput>;

export const ReferralQuery = z.strictObject({
  /** A coach's view of one household; without it, a provider's or host's inbox. */
  householdId: Uuid.optional(),
  status: ReferralStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** The information shared, as it was at send time. Only the categories shared are present. */
export const SharedInformation = z.object({
  name: z.string().optional(),
  contact: z.object({ phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }).optional(),
  birthDate: z.string().optional(),
  age: z.number().int().optional(),
  household: z.array(z.object({ givenName: z.string(), role: z.string(), age: z.number().int().nullable() })).optional(),
  story: z.string().optional(),
  goals: z.array(z.string()).optional(),
  safety: z.object({ dangerStatements: z.string(), safetyGoals: z.string() }).nullable().optional(),
});
export type SharedInformation = z.infer<typeof SharedInformation>;

export const ReferralEventView = z.object({
  id: Uuid, fromStatus: ReferralStatus.nullable(), toStatus: ReferralStatus, reason: z.string().nullable(), byName: z.string(), at: Timestamp,
});

export const ReferralLinkView = z.object({
  id: Uuid, recipientEmail: z.string(), allowedStatuses: z.array(ProviderAnswer), createdAt: Timestamp, expiresAt: Timestamp,
  usedAt: Timestamp.nullable(), revokedAt: Timestamp.nullable(),
});

export const ReferralView = z.object({
  id: Uuid,
  status: ReferralStatus,
  statusReason: z.string().nullable(),
  serviceId: z.string(),
  serviceName: z.string(),
  serviceKind: z.enum(['formal', 'informal']),
  organizationName: z.string().nullable(),
  /** For case workers only; providers see what was shared and nothing else. */
  householdId: Uuid.nullable(),
  personId: Uuid.nullable(),
  personName: z.string().nullable(),
  sharedScope: z.array(InformationCategory),
  /** null when nothing may be shown: still a draft, or consent withdrawn or ended. */
  shared: SharedInformation.nullable(),
  consentActive: z.boolean(),
  message: z.string(),
  sentAt: Timestamp.nullable(),
  createdAt: Timestamp,
  createdByName: z.string(),
  events: z.array(ReferralEventView),
  /** The answer links (case workers only). */
  links: z.array(ReferralLinkView),
  version: z.number().int(),
});
export type ReferralView = z.infer<typeof ReferralView>;

/** What the holder of a single-use link sees. */
export const LinkReferralView = z.object({
  serviceName: z.string(),
  status: ReferralStatus,
  allowedStatuses: z.array(ProviderAnswer),
  shared: SharedInformation.nullable(),
  message: z.string(),
  sentAt: Timestamp.nullable(),
  expiresAt: Timestamp,
  sentByName: z.string(),
});

export const ReferralServiceQuery = z.strictObject({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(25).default(10) });
export const ReferralServiceView = z.object({
  id: z.string(), name: z.string(), organizationName: z.string().nullable(), kind: z.enum(['formal', 'informal']), email: z.string().nullable(),
});

export const ReferralFiguresView = z.object({
  serviceId: z.string(),
  answered: z.number().int(),
  accepted: z.number().int(),
  /** accepted / answered, 0..1; null without answers. */
  acceptanceRate: z.number().nullable(),
  /** Median days from sending to acceptance; null without acceptances. */
  medianDaysToAcceptance: z.number().nullable(),
  /** Accepted or in progress now: the places referrals take up. */
  active: z.number().int(),
  completed: z.number().int(),
  notCompleted: z.number().int(),
  placesAvailable: z.number().int().nullable(),
  waitingWeeks: z.number().int().nullable(),
});
