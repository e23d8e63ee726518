import { z } from 'zod';
import type { Urgency } from '../../../contracts/signals';
type UrgencyLevel = z.infer<typeof Urgency>;

/** Working days are Monday to Friday; public holidays are not (yet) taken into account. */
const DAY_MS = 86_400_000;

const weekday = (isoDate: string): number => new Date(`${isoDate}T00:00:00Z`).getUTCDay();
export const isWorkingDay = (isoDate: string): boolean => weekday(isoDate) !== 0 && weekday(isoDate) !== 6;

function nextDay(isoDate: string): string {
  return new Date(new Date(`${isoDate}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date `n` working days after `isoDate` (the day itself never counts, whatever day it is):
 * received on a Friday or Saturday with one working day, the deadline is Monday.
 */
export function addWorkingDays(isoDate: string, n: number): string {
  let day = isoDate;
  let left = n;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** The calendar date in the Netherlands at a moment (deadlines are Dutch working days). */
export function dutchDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

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

export function firstContactDue(receivedAt: Date, urgency: UrgencyLevel, deadlines: SignalDeadlines): string {
  return addWorkingDays(dutchDate(receivedAt), deadlines[urgency]);
}
