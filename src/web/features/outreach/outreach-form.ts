import { z } from 'zod';
import { ActivityKind, OutreachTheme, type OutreachLogInput } from '../../../contracts/outreach';
import { dutchToday } from '../../../contracts/households';

/** Follow-ups the form offers. "signal" is left out until signals exist to link to. */
export const FORM_FOLLOW_UPS = ['none', 'intake', 'activity'] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid' });
const wholeNumber = (max: number) => z.string().trim().regex(/^\d{1,5}$/).refine((v) => Number(v) <= max, { message: 'invalid' });

/** The form as the user fills it in (strings from the inputs); `toInput` makes the API body. */
export const OutreachForm = z.object({
  neighbourhoodId: z.string().refine((v) => v !== '', { message: 'required' }),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateFormat' }).refine((v) => v <= dutchToday(), { message: 'dateInFuture' }),
  startTime: time,
  minutes: wholeNumber(1440).refine((v) => Number(v) >= 1, { message: 'required' }),
  activityKind: ActivityKind,
  youngPeopleMet: wholeNumber(10000),
  themes: z.array(OutreachTheme),
  notes: z.string().max(4000),
  followUp: z.string().max(2000),
  followUpKind: z.enum(FORM_FOLLOW_UPS),
});
export type OutreachFormValues = z.infer<typeof OutreachForm>;

export const emptyOutreachForm = (day: string): OutreachFormValues => ({
  neighbourhoodId: '', day, startTime: '', minutes: '', activityKind: 'outreach', youngPeopleMet: '', themes: [], notes: '', followUp: '', followUpKind: 'none',
});

/** The API body: the local date and time become a timestamp with the browser's offset. */
export function toInput(values: OutreachFormValues, point: { lat: number; lng: number } | null): OutreachLogInput {
  const startedAt = new Date(`${values.day}T${values.startTime}:00`).toISOString();
  return {
    neighbourhoodId: values.neighbourhoodId, startedAt, durationMinutes: Number(values.minutes), activityKind: values.activityKind,
    youngPeopleMet: Number(values.youngPeopleMet), themes: values.themes, notes: values.notes, followUp: values.followUp, followUpKind: values.followUpKind,
    latitude: point ? Number(point.lat.toFixed(6)) : null, longitude: point ? Number(point.lng.toFixed(6)) : null,
  };
}
