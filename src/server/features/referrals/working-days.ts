/** The moment `days` working days (Monday to Friday) after `from`; weekends do not count. Pure. */
export function addWorkingDays(from: Date, days: number): Date {
  const at = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    at.setUTCDate(at.getUTCDate() + 1);
    const weekday = at.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return at;
}

export const DEFAULT_REMINDER_WORKING_DAYS = 3;

/** The tenant's setting `referralReminderWorkingDays` (1–20), or the default. */
export function reminderDaysFrom(settings: unknown): number {
  const value = (settings as { referralReminderWorkingDays?: unknown } | null)?.referralReminderWorkingDays;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 20 ? value : DEFAULT_REMINDER_WORKING_DAYS;
}
