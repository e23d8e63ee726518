import { z } from 'zod';
import { PageQuery, Timestamp, Uuid } from './common';
import { AddressInput, Bsn, IntakeInput, PastDate, Postcode } from './households';

/** The closed list of concern categories a signal can name; labels live in the signals i18n catalogue. */
export const ConcernCategory = z.enum([
  'school_attendance', 'learning', 'behaviour', 'emotional_wellbeing', 'home_situation', 'safety',
  'substance_use', 'money', 'health', 'development', 'social_isolation', 'criminality', 'other',
]);
export const Urgency = z.enum(['urgent', 'normal']);
export const SignalStatus = z.enum(['received', 'picked_up', 'closed']);
export const SignalOutcome = z.enum(['advised', 'referred_elsewhere', 'household_support', 'no_action']);
export const SignalSource = z.enum(['signaller', 'public']);
export const SignalKind = z.enum(['worry', 'question']);
export const SignalEventType = z.enum(['received', 'picked_up', 'household_linked', 'closed']);

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, { error: 'Fill this in' }).max(max);

export const SignalSubjectInput = z.strictObject({
  givenName: required(200),
  familyName: required(200),
  birthDate: PastDate,
  school: text(200).optional(),
  address: AddressInput.optional(),
  bsn: Bsn.optional(),
}).refine((s) => Boolean(s.school) || s.address !== undefined, { error: 'Give the school or the address', path: ['school'] });

export const SignallerContactInput = z.strictObject({
  name: required(200),
  organisation: required(200),
  phone: z.string().trim().regex(/^[0-9+() -]{6,40}$/, { error: 'Use a phone number like 030 123 4567' }),
  email: z.email().max(254).optional(),
});

/** A signaller or outreach worker sends a signal about a young person. */
export const SendSignalInput = z.strictObject({
  subject: SignalSubjectInput,
  concerns: z.array(ConcernCategory).min(1, { error: 'Choose at least one concern' }).max(13)
    .refine((c) => new Set(c).size === c.length, { error: 'Each concern once' }),
  urgency: Urgency,
  description: required(5000),
  actionsTaken: text(4000).default(''),
  parentsInformed: z.boolean(),
  youngPersonInformed: z.boolean(),
  /** Required when the parents or the young person do not know of the signal. */
  notInformedReason: text(2000).optional(),
  contact: SignallerContactInput,
}).refine((s) => (s.parentsInformed && s.youngPersonInformed) || Boolean(s.notInformedReason), {
  error: 'Say why the parents or the young person do not know', path: ['notInformedReason'],
});
export type SendSignalInput = z.infer<typeof SendSignalInput>;

/**
 * What a sender sees of their own signal: its status and nothing the team did. This type has no
 * field that could carry team content.
 */
export const SentSignalView = z.object({
  id: Uuid, reference: z.string(), subjectName: z.string(), sentAt: Timestamp, status: SignalStatus, statusChangedAt: Timestamp,
});
export type SentSignalView = z.infer<typeof SentSignalView>;

/** A resident's worry or question, named or anonymous. `website` is a honeypot: people leave it empty. */
export const PublicSignalInput = z.strictObject({
  kind: SignalKind,
  message: required(5000),
  aboutName: text(200).optional(),
  postcode: Postcode.optional(),
  anonymous: z.boolean(),
  name: text(200).optional(),
  email: z.email().max(254).optional(),
  phone: z.string().trim().regex(/^[0-9+() -]{6,40}$/, { error: 'Use a phone number like 030 123 4567' }).optional(),
  website: z.string().max(500).optional(),
}).refine((s) => s.anonymous || Boolean(s.name), { error: 'Give your name, or choose to stay anonymous', path: ['name'] })
  .refine((s) => s.anonymous || Boolean(s.email) || Boolean(s.phone), { error: 'Give an e-mail address or a phone number', path: ['email'] });
export type PublicSignalInput = z.infer<typeof PublicSignalInput>;
export const PublicSignalReceipt = z.object({ reference: z.string() });

export const SignalQueueQuery = PageQuery.extend({ teamId: Uuid.optional(), status: SignalStatus.default('received') }).strict();

/** One row of the triage queue. */
export const SignalQueueItem = z.object({
  id: Uuid, reference: z.string(), source: SignalSource, kind: SignalKind, teamId: Uuid, teamName: z.string(), status: SignalStatus,
  urgency: Urgency, concerns: z.array(ConcernCategory), subjectName: z.string().nullable(), receivedAt: Timestamp,
  firstContactDue: z.iso.date(), overdue: z.boolean(), pickedUpAt: Timestamp.nullable(), pickedUpByName: z.string().nullable(),
  /** Minutes from receipt to pick-up (first contact); null while waiting. */
  minutesToFirstContact: z.number().int().nullable(), householdId: Uuid.nullable(),
});
export type SignalQueueItem = z.infer<typeof SignalQueueItem>;

export const SignalEventView = z.object({
  id: Uuid, type: SignalEventType, occurredAt: Timestamp, byName: z.string().nullable(), note: z.string(), householdId: Uuid.nullable(),
});

export const SignalDetail = SignalQueueItem.extend({
  description: z.string(), actionsTaken: z.string(), subjectBirthDate: z.iso.date().nullable(), school: z.string().nullable(),
  address: z.object({ street: z.string().nullable(), houseNumber: z.string().nullable(), postcode: z.string().nullable(), city: z.string().nullable() }),
  hasBsn: z.boolean(), parentsInformed: z.boolean().nullable(), youngPersonInformed: z.boolean().nullable(), notInformedReason: z.string().nullable(),
  sender: z.object({ anonymous: z.boolean(), name: z.string().nullable(), organisation: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  outcome: SignalOutcome.nullable(), closeReason: z.string().nullable(), closedAt: Timestamp.nullable(),
  events: z.array(SignalEventView),
});
export type SignalDetail = z.infer<typeof SignalDetail>;

export const PickUpSignalInput = z.strictObject({ note: text(4000).default('') });
/** Link to an existing household the coach has access to, or register a new one (with the duplicate check). */
export const LinkSignalInput = z.strictObject({ householdId: Uuid.optional(), newHousehold: IntakeInput.optional(), note: text(4000).default('') })
  .refine((l) => (l.householdId === undefined) !== (l.newHousehold === undefined), { error: 'Choose an existing household or a new one', path: ['householdId'] });
export const CloseSignalInput = z.strictObject({ outcome: SignalOutcome, reason: required(2000) });
