import { z } from 'zod';
import type { UpdateServiceInput} from '../../../contracts/directory';
import { CostLevel, ServiceStatus, type ServiceDetail } from '../../../contracts/directory';

const optionalText = (max: number) => z.string().trim().max(max);
const optionalAge = z.union([z.literal(''), z.string().trim().regex(/^\d{1,3}$/)]);

/** The edit form is flat text; it becomes the contract's edit with only the fields that changed. */
export const ServiceEditForm = z
  .object({
    name: z.string().trim().min(2).max(200),
    description: z.string().trim().min(10).max(5000),
    applicationProcess: optionalText(2000), eligibilityDescription: optionalText(2000), feesDescription: optionalText(1000),
    minimumAge: optionalAge, maximumAge: optionalAge, cost: z.union([z.literal(''), CostLevel]),
    themes: z.array(z.string()).min(1).max(5),
    url: z.union([z.literal(''), z.url().max(2000)]), email: z.union([z.literal(''), z.email().max(254)]),
    status: ServiceStatus, isPublic: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.minimumAge && v.maximumAge && Number(v.minimumAge) > Number(v.maximumAge)) ctx.addIssue({ code: 'custom', path: ['maximumAge'], message: 'ageOrder' });
  });
export type ServiceEditValues = z.input<typeof ServiceEditForm>;

export function editValues(s: ServiceDetail): ServiceEditValues {
  return {
    name: s.name, description: s.description,
    applicationProcess: s.applicationProcess ?? '', eligibilityDescription: s.eligibilityDescription ?? '', feesDescription: s.feesDescription ?? '',
    minimumAge: s.minimumAge?.toString() ?? '', maximumAge: s.maximumAge?.toString() ?? '', cost: s.cost ?? '',
    themes: s.themes.map((th) => th.code), url: s.url ?? '', email: s.email ?? '', status: s.status, isPublic: s.isPublic,
  };
}

const nullIfEmpty = (v: string) => (v === '' ? null : v);
const ageOrNull = (v: string) => (v === '' ? null : Number(v));

/** Only what differs from the service as loaded (lists compared whole), in the contract's shape. */
export function changesFrom(original: ServiceDetail, values: z.output<typeof ServiceEditForm>): z.infer<typeof UpdateServiceInput> {
  const next: Record<string, unknown> = {
    name: values.name, description: values.description,
    applicationProcess: nullIfEmpty(values.applicationProcess), eligibilityDescription: nullIfEmpty(values.eligibilityDescription), feesDescription: nullIfEmpty(values.feesDescription),
    minimumAge: ageOrNull(values.minimumAge), maximumAge: ageOrNull(values.maximumAge), cost: nullIfEmpty(values.cost),
    themes: values.themes, url: nullIfEmpty(values.url), email: nullIfEmpty(values.email), status: values.status, isPublic: values.isPublic,
  };
  const before: Record<string, unknown> = { ...original, themes: original.themes.map((th) => th.code) };
  const changed = Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])));
  // Not parsed again: the contract's list defaults would add fields that did not change.
  return changed as z.infer<typeof UpdateServiceInput>;
}
