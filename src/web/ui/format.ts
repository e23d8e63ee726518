import i18n from 'i18next';

const localeTag = () => (i18n.language === 'en' ? 'en-GB' : 'nl-NL');

/** A timestamp as the user reads it, e.g. "23 nov 2026 14:05". */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
