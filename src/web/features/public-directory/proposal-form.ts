import { z } from 'zod';
import { ActivityProposalInput, ClockTime, CostLevel, PostcodeParam, Weekday, type ActivityProposalInput as Proposal } from '../../../contracts/directory';

const shape = ActivityProposalInput.shape;
const required = (ctx: z.RefinementCtx, path: string) => ctx.addIssue({ code: 'too_small', minimum: 1, origin: 'string', inclusive: true, input: '', path: [path], message: 'required' });
const optionalAge = z.union([z.literal(''), z.string().trim().regex(/^\d{1,3}$/)]);

/**
 * The public form is flat (one field per input); it becomes the contract's proposal with an optional
 * place and one weekly time slot. A place needs its address; days need their times.
 */
export const ProposalForm = z
  .object({
    name: shape.name, description: shape.description, themes: shape.themes,
    minimumAge: optionalAge, maximumAge: optionalAge, cost: CostLevel,
    placeName: z.string().trim().max(200), street: z.string().trim().max(200), postcode: z.union([z.literal(''), PostcodeParam]), city: z.string().trim().max(100),
    weekdays: z.array(Weekday), opensAt: z.union([z.literal(''), ClockTime]), closesAt: z.union([z.literal(''), ClockTime]),
    proposerName: shape.proposerName, proposerEmail: shape.proposerEmail,
  })
  .superRefine((v, ctx) => {
    if (v.placeName || v.street || v.postcode || v.city) for (const key of ['placeName', 'street', 'postcode', 'city'] as const) if (!v[key]) required(ctx, key);
    if (v.weekdays.length > 0) for (const key of ['opensAt', 'closesAt'] as const) if (!v[key]) required(ctx, key);
    if (v.opensAt && v.closesAt && v.opensAt >= v.closesAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closesAfterOpens' });
    if (v.minimumAge && v.maximumAge && Number(v.minimumAge) > Number(v.maximumAge)) ctx.addIssue({ code: 'custom', path: ['maximumAge'], message: 'ageOrder' });
  })
  .transform((v): Proposal => ({
    name: v.name, description: v.description, themes: v.themes, cost: v.cost,
    minimumAge: v.minimumAge ? Number(v.minimumAge) : null, maximumAge: v.maximumAge ? Number(v.maximumAge) : null,
    proposerName: v.proposerName, proposerEmail: v.proposerEmail,
    place: v.placeName ? { name: v.placeName, address: { address1: v.street, postalCode: v.postcode, city: v.city } } : null,
    schedules: v.weekdays.length > 0 ? [{ weekdays: v.weekdays, opensAt: v.opensAt, closesAt: v.closesAt, locationId: null, validFrom: null, validTo: null, description: null }] : [],
  }));
export type ProposalFormValues = z.input<typeof ProposalForm>;

export const EMPTY_PROPOSAL: ProposalFormValues = {
  name: '', description: '', themes: [], minimumAge: '', maximumAge: '', cost: 'free',
  placeName: '', street: '', postcode: '', city: '', weekdays: [], opensAt: '', closesAt: '', proposerName: '', proposerEmail: '',
};

/** Server field names (`place.address.postalCode`, `schedules.0.opensAt`) → the form's fields. */
export const SERVER_FIELDS: Record<string, string> = { place: 'placeName', schedules: 'weekdays' };
