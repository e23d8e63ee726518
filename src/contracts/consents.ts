import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { ageOn } from './bsn';

/**
 * Consent is data (DESIGN "Consent is data"): for whom, given by whom, for what purpose, which
 * information, to whom, from and until when, withdrawn or not. `/api/v1/consents`.
 */
export const ConsentPurpose = z.enum(['referral']);
/** The closed list of information categories a consent can cover and a referral can share. */
export const InformationCategory = z.enum(['name_and_contact', 'birth_date', 'household_composition', 'story', 'goals', 'safety_information']);
export type InformationCategory = z.infer<typeof InformationCategory>;
export const INFORMATION_CATEGORIES = InformationCategory.options;

const ConsentDate = z.iso.date({ error: 'Use a date like 2027-01-15' }).refine((d) => d >= '2000-01-01' && d <= '2199-12-31', { error: 'Use a date between 2000 and 2199' });
const Categories = z.array(InformationCategory).min(1, { error: 'Choose at least one kind of information' }).max(6)
  .refine((list) => new Set(list).size === list.length, { error: 'Name each kind of information once' });

export const ConsentInput = z.strictObject({
  householdId: Uuid,
  /** The person the information is about. */
  personId: Uuid,
  /** Who gives the consent, by the age rules: 16+ the person; 12–15 the person and a parent; under 12 a parent. */
  givenByPersonIds: z.array(Uuid).min(1, { error: 'Say who gives the consent' }).max(6),
  purpose: ConsentPurpose.default('referral'),
  scope: Categories,
  /** To whom: the organisation of the service, or the service itself when it has none (a resident initiative). */
  serviceId: z.uuid(),
  validFrom: ConsentDate.optional(),
  validUntil: ConsentDate,
  note: z.string().trim().max(2000).default(''),
}).refine((c) => !c.validFrom || c.validFrom <= c.validUntil, { error: 'The end date lies before the start date', path: ['validUntil'] });
export type ConsentInput = z.infer<typeof ConsentInput>;

export const ConsentWithdrawal = z.strictObject({ reason: z.string().trim().max(2000).default('') });

export const ConsentQuery = z.strictObject({
  householdId: Uuid,
  personId: Uuid.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const ConsentView = z.object({
  id: Uuid,
  householdId: Uuid,
  personId: Uuid,
  personName: z.string(),
  givenBy: z.array(z.object({ personId: Uuid, name: z.string() })),
  purpose: ConsentPurpose,
  scope: z.array(InformationCategory),
  recipientName: z.string(),
  recipientOrganizationId: z.string().nullable(),
  recipientServiceId: z.string().nullable(),
  validFrom: z.iso.date(),
  validUntil: z.iso.date(),
  note: z.string(),
  recordedByName: z.string(),
  recordedAt: Timestamp,
  withdrawnAt: Timestamp.nullable(),
  withdrawnByName: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  /** Valid today: not withdrawn and today within from..until. */
  active: z.boolean(),
});
export type ConsentView = z.infer<typeof ConsentView>;

export type ConsentAgeRule = 'self' | 'self_and_parent' | 'parent';
/** DESIGN "Age rules": under 12 the parents decide; 12–15 both; 16+ the young person alone. Unknown birth date: the person. */
export function consentRuleFor(birthDate: string | null, today: string): ConsentAgeRule {
  if (birthDate === null) return 'self';
  const age = ageOn(birthDate, today);
  if (age >= 16) return 'self';
  return age >= 12 ? 'self_and_parent' : 'parent';
}
