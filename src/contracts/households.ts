import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { isValidBsn } from './bsn';

/** Dutch postcode, normalised to `1234AB`. */
export const Postcode = z.string().trim().toUpperCase().transform((v) => v.replace(/\s+/g, '')).pipe(z.string().regex(/^[1-9][0-9]{3}[A-Z]{2}$/, { error: 'Use a postcode like 1234 AB' }));
export const Bsn = z.string().trim().regex(/^\d{8,9}$/, { error: 'A BSN has 9 digits' }).transform((v) => v.padStart(9, '0')).refine(isValidBsn, { error: 'This is not a valid BSN (11-proef)' });
// Built once: a formatter is costly to make, and the reminder jobs ask for dates per referral.
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
/**
 * Today's date in the Netherlands (`YYYY-MM-DD`), whatever the time zone of the machine or browser:
 * the UTC date is still yesterday in the first hour or two after a Dutch midnight.
 */
export const dutchToday = (now = new Date()): string => DUTCH_DATE.format(now);

export const PastDate = z.iso.date({ error: 'Use a date like 2012-03-31' })
  .refine((d) => d >= '1900-01-01', { error: 'The date cannot be before 1900' })
  .refine((d) => d <= dutchToday(), { error: 'The date cannot be in the future' });

export const MemberRole = z.enum(['parent', 'child', 'other']);
export const Priority = z.enum(['urgent', 'high', 'normal']);
export const HouseholdStatus = z.enum(['waiting', 'active', 'closed']);

export const MemberInput = z.strictObject({
  givenName: z.string().trim().min(1).max(200),
  familyName: z.string().trim().min(1).max(200),
  birthDate: PastDate,
  role: MemberRole,
  bsn: Bsn.optional(),
  phone: z.string().trim().max(40).optional(),
  email: z.email().max(254).optional(),
});
export const AddressInput = z.strictObject({
  street: z.string().trim().min(1).max(200),
  houseNumber: z.string().trim().regex(/^[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?$/, { error: 'Use a house number like 12 or 12A' }),
  postcode: Postcode,
  city: z.string().trim().min(1).max(200),
});

export const IntakeInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  members: z.array(MemberInput).min(1).max(20),
  address: AddressInput,
  phone: z.string().trim().max(40).optional(),
  email: z.email().max(254).optional(),
  teamId: Uuid.optional(),
  priority: Priority.default('normal'),
  /** The coach takes the case as coordinator right away (otherwise it waits for the team lead). */
  becomeCoordinator: z.boolean().default(true),
  /** Confirms the coach saw the possible duplicates and still wants a new household. */
  acknowledgeDuplicates: z.boolean().default(false),
});
export type IntakeInput = z.infer<typeof IntakeInput>;

export const DuplicateCheckInput = z.strictObject({ members: z.array(MemberInput.pick({ givenName: true, familyName: true, birthDate: true, bsn: true })).min(1).max(20), address: AddressInput.pick({ postcode: true, houseNumber: true }).optional() });
export const DuplicateMatch = z.object({
  /** Inside the coach's access: the household is shown. Outside: only that it exists, and whom to ask. */
  visible: z.boolean(),
  householdId: Uuid.nullable(),
  householdName: z.string().nullable(),
  reasons: z.array(z.enum(['same_bsn', 'similar_name_same_birth_date', 'same_address'])),
  teamName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
});
export const DuplicateCheckResult = z.object({ matches: z.array(DuplicateMatch) });

export const MemberView = z.object({
  id: Uuid, givenName: z.string(), familyName: z.string(), birthDate: z.iso.date().nullable(), age: z.number().int().nullable(),
  role: MemberRole, hasBsn: z.boolean(), phone: z.string().nullable(), email: z.string().nullable(), version: z.number().int(),
});
export const MemberBsnView = z.object({ personId: Uuid, bsn: z.string() });

export const HouseholdSummary = z.object({
  id: Uuid, name: z.string(), status: HouseholdStatus, priority: Priority, teamId: Uuid.nullable(), teamName: z.string().nullable(),
  coordinatorId: Uuid.nullable(), coordinatorName: z.string().nullable(), postcode: z.string().nullable(), houseNumber: z.string().nullable(),
  neighbourhoodName: z.string().nullable(), memberCount: z.number().int(), registeredAt: Timestamp, daysWaiting: z.number().int().nullable(),
});
export const HouseholdListQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  scope: z.enum(['mine', 'team', 'waiting']).default('mine'),
  q: z.string().trim().min(2).max(100).optional(),
  bsn: Bsn.optional(),
  status: HouseholdStatus.optional(),
  neighbourhoodId: Uuid.optional(),
  sort: z.enum(['name', 'registered', 'waiting']).default('name'),
});

export const HouseholdFile = z.object({
  id: Uuid, name: z.string(), status: HouseholdStatus, priority: Priority, version: z.number().int(),
  teamId: Uuid.nullable(), teamName: z.string().nullable(), coordinatorId: Uuid.nullable(), coordinatorName: z.string().nullable(),
  caseTeam: z.array(z.object({ userId: Uuid, name: z.string(), role: z.enum(['coordinator', 'member', 'specialist']) })),
  address: z.object({ street: z.string().nullable(), houseNumber: z.string().nullable(), postcode: z.string().nullable(), city: z.string().nullable(), neighbourhoodName: z.string().nullable(), districtName: z.string().nullable() }),
  phone: z.string().nullable(), email: z.string().nullable(), registeredAt: Timestamp, closedAt: Timestamp.nullable(), closeReason: z.string().nullable(),
  members: z.array(MemberView),
  access: z.enum(['coordinator', 'member', 'specialist', 'team_lead', 'break_the_glass']),
});
export type HouseholdFile = z.infer<typeof HouseholdFile>;

export const UpdateHouseholdInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(), address: AddressInput.optional(), phone: z.string().trim().max(40).nullable().optional(),
  email: z.email().max(254).nullable().optional(), priority: Priority.optional(),
});
export const UpdateMemberInput = MemberInput.partial().strict();

export const AssignCoordinatorInput = z.strictObject({ userId: Uuid, note: z.string().trim().max(4000).default('') });
export const CaseTeamMemberInput = z.strictObject({ userId: Uuid, role: z.enum(['member', 'specialist']) });

export const MemberNote = z.object({ personId: Uuid, talents: z.string().max(4000), worries: z.string().max(4000) });
export const StoryInput = z.strictObject({
  story: z.string().max(20000).default(''), goingWell: z.string().max(10000).default(''), worries: z.string().max(10000).default(''),
  members: z.array(MemberNote.strict()).max(20).default([]), writtenWith: z.string().trim().max(500).default(''),
});
export const StoryView = StoryInput.extend({ version: z.number().int(), createdAt: Timestamp, createdByName: z.string() });
export const StoryVersionSummary = z.object({ version: z.number().int(), createdAt: Timestamp, createdByName: z.string() });

export const Lens = z.enum(['family', 'friends', 'school_work', 'club_free_time', 'neighbourhood', 'online']);
export const ExplorationInput = z.strictObject({
  personId: Uuid,
  wishes: z.string().max(5000).default(''),
  lenses: z.array(z.strictObject({ lens: Lens, hinders: z.string().max(2000).default(''), helps: z.string().max(2000).default('') })).max(6).default([]),
});
export const ExplorationView = ExplorationInput.extend({ id: Uuid, version: z.number().int(), updatedAt: Timestamp });

export const ContactKind = z.enum(['home_visit', 'school', 'phone', 'video', 'outreach', 'consultation']);
export const ContactInput = z.strictObject({
  occurredOn: PastDate, kind: ContactKind, participants: z.string().trim().max(1000).default(''),
  minutes: z.number().int().min(0).max(1440), note: z.string().max(10000).default(''), sensitive: z.boolean().default(false),
});
export const ContactView = ContactInput.extend({ id: Uuid, createdByName: z.string(), createdAt: Timestamp, /** False when the note is sensitive and the reader is not on the case team. */ noteVisible: z.boolean() });

export const PostcodeImportResult = z.object({ imported: z.number().int(), replaced: z.number().int() });
