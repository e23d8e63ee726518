import { z } from 'zod';
import type { Urgency } from '../../../contracts/signals';
import { todayInNl } from '../../platform/nl-date';
import { addWorkingDays } from '../../platform/working-days';

type UrgencyLevel = z.infer<typeof Urgency>;

/** Per tenant, in `tenants.settings.signalDeadlines`: working days until first contact, per urgency. */
export const SignalDeadlines = z.object({
  urgent: z.number().int().min(0).max(30).default(1),
  normal: z.number().int().min(0).max(60).default(5),
});
export type SignalDeadlines = z.infer<typeof SignalDeadlines>;
export const DEFAULT_DEADLINES: SignalDeadlines = { urgent: 1, normal: 5 };

export function deadlinesFromSettings(settings: unknown): SignalDeadlines {
  const raw = (settings as { signalDeadlines?: unknown } | null)?.signalDeadlines;
  const parsed = SignalDeadlines.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_DEADLINES;
}

/** The date of first contact: n working days after the Dutch date the signal came in. */
export function firstContactDue(receivedAt: Date, urgency: UrgencyLevel, deadlines: SignalDeadlines): string {
  return addWorkingDays(todayInNl(receivedAt), deadlines[urgency]);
}
