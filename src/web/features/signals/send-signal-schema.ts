import { z } from 'zod';
import { Bsn, PastDate, Postcode } from '../../../contracts/households';
import { ConcernCategory, Urgency, type SendSignalInput } from '../../../contracts/signals';
import { emptyOr, optionalText, requireValue, requiredText, ticked, YesNo } from './form-rules';

const ADDRESS = ['street', 'houseNumber', 'postcode', 'city'] as const;

/** The send form is flat (one field per input); on submit it becomes the SendSignalInput contract. */
export const sendSignalSchema = z.object({
  givenName: requiredText(200), familyName: requiredText(200), birthDate: emptyOr(PastDate).pipe(z.string().min(1)),
  school: optionalText(200), street: optionalText(200), houseNumber: optionalText(20), postcode: emptyOr(Postcode), city: optionalText(200), bsn: emptyOr(Bsn),
  concerns: ticked(ConcernCategory), urgency: z.string().pipe(Urgency), description: requiredText(5000), actionsTaken: optionalText(4000),
  parentsInformed: z.string().min(1).pipe(YesNo), youngPersonInformed: z.string().min(1).pipe(YesNo), notInformedReason: optionalText(2000),
  contactName: requiredText(200), organisation: requiredText(200), phone: z.string().trim().regex(/^[0-9+() -]{6,40}$/), email: emptyOr(z.email()),
}).superRefine((v, ctx) => {
  const someAddress = ADDRESS.some((f) => v[f] !== '');
  if (someAddress) for (const f of ADDRESS) if (v[f] === '') requireValue(ctx, f);
  if (!someAddress && v.school === '') requireValue(ctx, 'school');
  if ((v.parentsInformed === 'no' || v.youngPersonInformed === 'no') && v.notInformedReason === '') requireValue(ctx, 'notInformedReason');
}).transform((v): SendSignalInput => ({
  subject: {
    givenName: v.givenName, familyName: v.familyName, birthDate: v.birthDate, ...(v.school ? { school: v.school } : {}),
    ...(v.street ? { address: { street: v.street, houseNumber: v.houseNumber, postcode: Postcode.parse(v.postcode), city: v.city } } : {}),
    ...(v.bsn ? { bsn: Bsn.parse(v.bsn) } : {}),
  },
  concerns: v.concerns, urgency: v.urgency, description: v.description, actionsTaken: v.actionsTaken,
  parentsInformed: v.parentsInformed === 'yes', youngPersonInformed: v.youngPersonInformed === 'yes',
  ...(v.notInformedReason ? { notInformedReason: v.notInformedReason } : {}),
  contact: { name: v.contactName, organisation: v.organisation, phone: v.phone, ...(v.email ? { email: v.email } : {}) },
}));

export const EMPTY_SIGNAL = {
  givenName: '', familyName: '', birthDate: '', school: '', street: '', houseNumber: '', postcode: '', city: '', bsn: '', concerns: [] as string[],
  urgency: 'normal', description: '', actionsTaken: '', parentsInformed: '', youngPersonInformed: '', notInformedReason: '', contactName: '', organisation: '', phone: '', email: '',
};
