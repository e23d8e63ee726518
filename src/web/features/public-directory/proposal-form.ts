import { z } from 'zod';
import { ActivityProposalInput, ClockTime, CostLevel, PostcodeParam, Weekday, type ActivityProposalInput as Proposal, type OwnActivityInput } from '../../../contracts/directory';

const shape = ActivityProposalInput.shape;
const required = (ctx: z.RefinementCtx, path: string) => ctx.addIssue({ code: 'too_small', minimum: 1, origin: 'string', inclusive: true, input: '', path: [path], message: 'required' });
const optionalAge = z.union([z.literal(''), z.string().trim().regex(/^\d{1,3}$/)]);

/** The flat inputs of an activity (what, ages, cost, where, when), shared by the public form and the host's own. */
const activityFields = {
  name: shape.name, description: shape.description, themes: shape.themes,
  minimumAge: optionalAge, maximumAge: optionalAge, cost: CostLevel,
  placeName: z.string().trim().max(200), street: z.string().trim().max(200), postcode: z.union([z.literal(''), PostcodeParam]), city: z.string().trim().max(100),
  weekdays: z.array(Weekday), opensAt: z.union([z.literal(''), ClockTime]), closesAt: z.union([z.literal(''), ClockTime]),
};
type ActivityValues = z.output<z.ZodObject<typeof activityFields>>;

/** A place needs its address; days need their times; times and ages in order. */
function checkActivity(v: ActivityValues, ctx: z.RefinementCtx) {
  if (v.placeName || v.street || v.postcode || v.city) for (const key of ['placeName', 'street', 'postcode', 'city'] as const) if (!v[key]) required(ctx, key);
  if (v.weekdays.length > 0) for (const key of ['opensAt', 'closesAt'] as const) if (!v[key]) required(ctx, key);
  if (v.opensAt && v.closesAt && v.opensAt >= v.closesAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closesAfterOpens' });
  if (v.minimumAge && v.maximumAge && Number(v.minimumAge) > Number(v.maximumAge)) ctx.addIssue({ code: 'custom', path: ['maximumAge'], message: 'ageOrder' });
}

/** The flat activity as the contract's: an optional place and one weekly time slot. */
function toActivity(v: ActivityValues): Omit<Proposal, 'proposerName' | 'proposerEmail'> {
  return {
    name: v.name, description: v.description, themes: v.themes, cost: v.cost,
    minimumAge: v.minimumAge ? Number(v.minimumAge) : null, maximumAge: v.maximumAge ? Number(v.maximumAge) : null,
    place: v.placeName ? { name: v.placeName, address: { address1: v.street, postalCode: v.postcode, city: v.city } } : null,
    schedules: v.weekdays.length > 0 ? [{ weekdays: v.weekdays, opensAt: v.opensAt, closesAt: v.closesAt, locationId: null, validFrom: null, validTo: null, description: null }] : [],
  };
}

/** The public form is flat (one field per input); it becomes the contract's proposal. */
export const ProposalForm = z
  .object({ ...activityFields, proposerName: shape.proposerName, proposerEmail: shape.proposerEmail })
  .superRefine(checkActivity)
  .transform((v): Proposal => ({ ...toActivity(v), proposerName: v.proposerName, proposerEmail: v.proposerEmail }));
export type ProposalFormValues = z.input<typeof ProposalForm>;

const EMPTY_ACTIVITY = { name: '', description: '', themes: [], minimumAge: '', maximumAge: '', cost: 'free', placeName: '', street: '', postcode: '', city: '', weekdays: [], opensAt: '', closesAt: '' } as const;
export const EMPTY_PROPOSAL: ProposalFormValues = { ...EMPTY_ACTIVITY, themes: [], weekdays: [], proposerName: '', proposerEmail: '' };

/** A host's own activity: the same fields, and instead of the proposer how participants reach them (both optional). */
export const OwnActivityForm = z
  .object({ ...activityFields, email: z.union([z.literal(''), z.email().max(254)]), phone: z.union([z.literal(''), z.string().trim().regex(/^[+0-9 ()-]{6,30}$/)]) })
  .superRefine(checkActivity)
  .transform((v): OwnActivityInput => ({ ...toActivity(v), email: v.email || null, phones: v.phone ? [{ number: v.phone, description: null }] : [] }));
export type OwnActivityFormValues = z.input<typeof OwnActivityForm>;
export const EMPTY_OWN_ACTIVITY: OwnActivityFormValues = { ...EMPTY_ACTIVITY, themes: [], weekdays: [], email: '', phone: '' };

/** Server field names (`place.address.postalCode`, `schedules.0.opensAt`) → the form's fields. */
export const SERVER_FIELDS: Record<string, string> = { place: 'placeName', schedules: 'weekdays', phones: 'phone' };
