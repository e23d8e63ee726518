export const DEFAULT_REMINDER_WORKING_DAYS = 3;

/** The tenant's setting `referralReminderWorkingDays` (1–20), or the default. */
export function reminderDaysFrom(settings: unknown): number {
  const value = (settings as { referralReminderWorkingDays?: unknown } | null)?.referralReminderWorkingDays;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 20 ? value : DEFAULT_REMINDER_WORKING_DAYS;
}
