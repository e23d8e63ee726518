import i18n from 'i18next';

const localeTag = () => (i18n.language === 'en' ? 'en-GB' : 'nl-NL');

/** A calendar day (`YYYY-MM-DD` or a timestamp) as the user reads it, e.g. "23 nov 2026". */
export function formatDay(value: string): string {
  const date = value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium' }).format(date);
}

/** Today as `YYYY-MM-DD` in the user's time zone, for date fields. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** An empty form field becomes null (optional values in the contracts). */
export const emptyToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
