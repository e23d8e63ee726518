import { z } from 'zod';
import { PostcodeParam, type LocationView } from '../../../contracts/directory';

/** The place form is flat text; accessibility is one feature per line. */
export const LocationForm = z.object({
  name: z.string().trim().min(1).max(200),
  street: z.string().trim().min(1).max(200), postcode: PostcodeParam, city: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000), transportation: z.string().trim().max(2000),
  accessibility: z.string().max(5000).refine((v) => accessibilityLines(v).length <= 10 && accessibilityLines(v).every((l) => l.length <= 500), { message: 'accessibilityLines' }),
});
export type LocationFormValues = z.input<typeof LocationForm>;
type Values = z.output<typeof LocationForm>;

export const accessibilityLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

export const EMPTY_LOCATION: LocationFormValues = { name: '', street: '', postcode: '', city: '', description: '', transportation: '', accessibility: '' };

export function locationValues(l: LocationView): LocationFormValues {
  return {
    name: l.name ?? '', street: l.address?.address1 ?? '', postcode: l.address?.postalCode ?? '', city: l.address?.city ?? '',
    description: l.description ?? '', transportation: l.transportation ?? '', accessibility: l.accessibility.flatMap((a) => (a.description ? [a.description] : [])).join('\n'),
  };
}

const orNull = (v: string) => (v === '' ? null : v);
const samePostcode = (a: string, b: string) => a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();

/** A new place: coordinates come from its postcode on the server. */
export function newLocationInput(organizationId: string | null, v: Values) {
  return {
    organizationId, name: v.name, description: orNull(v.description), transportation: orNull(v.transportation),
    address: { address1: v.street, postalCode: v.postcode, city: v.city }, accessibility: accessibilityLines(v.accessibility),
  };
}

/** Only what changed; a changed address sends the whole address (and the server looks up its postcode). */
export function locationChanges(original: LocationView, v: Values): Record<string, unknown> {
  const before = locationValues(original);
  const changes: Record<string, unknown> = {};
  if (v.name !== before.name) changes.name = v.name;
  if (v.description !== before.description) changes.description = orNull(v.description);
  if (v.transportation !== before.transportation) changes.transportation = orNull(v.transportation);
  if (v.street !== before.street || v.city !== before.city || !samePostcode(v.postcode, before.postcode)) changes.address = { address1: v.street, postalCode: v.postcode, city: v.city };
  const lines = accessibilityLines(v.accessibility);
  if (lines.join('\n') !== before.accessibility) changes.accessibility = lines;
  return changes;
}
