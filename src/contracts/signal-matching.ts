import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { Bsn, PastDate } from './households';

/**
 * An organisation registers that it is involved with a young person: by BSN, or by name; the
 * birth date is always needed (a registration ends at the young person's 23rd birthday).
 */
export const SignalMatchRegistrationInput = z
  .strictObject({
    bsn: Bsn.optional(),
    givenName: z.string().trim().min(1).max(200).optional(),
    familyName: z.string().trim().min(1).max(200).optional(),
    birthDate: PastDate,
    organisationName: z.string().trim().min(1, { error: 'Name your organisation' }).max(200),
    contactPhone: z.string().trim().regex(/^\+?[0-9 ()-]{6,40}$/, { error: 'Use a phone number like 010-1234567' }),
    /** Your own reference (e.g. your file number), shown only to you; not the young person's name. */
    ownReference: z.string().trim().max(100).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.bsn === undefined && (v.givenName === undefined || v.familyName === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.givenName === undefined ? 'givenName' : 'familyName'], message: 'Give the BSN, or the given name and family name' });
    }
  });
export type SignalMatchRegistrationInput = z.input<typeof SignalMatchRegistrationInput>;

/** One of the signed-in user's own registrations. Says nothing about the young person. */
export const SignalMatchRegistrationView = z.object({
  id: Uuid,
  organisationName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  ownReference: z.string(),
  registeredAt: Timestamp,
  endsAt: Timestamp,
  /** How many other organisations are registered for the same young person. */
  matches: z.number().int(),
});

/** Another organisation involved with the same young person: who to call, never what they know. */
export const SignalMatchView = z.object({
  registrationId: Uuid,
  organisationName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  since: Timestamp,
});
export const SignalMatchGroup = z.object({
  /** The signed-in user's own registration these matches belong to. */
  registrationId: Uuid,
  ownReference: z.string(),
  registeredAt: Timestamp,
  others: z.array(SignalMatchView),
});

/** What a young person sees about the registrations concerning them. */
export const MySignalMatchRegistrationView = z.object({ organisationName: z.string(), since: Timestamp, until: Timestamp });

export const SignalMatchingSettings = z.strictObject({ enabled: z.boolean() });
export type SignalMatchingSettings = z.infer<typeof SignalMatchingSettings>;
