import type { TFunction } from 'i18next';
import type { ScheduleView, Weekday } from '../../../contracts/directory';

export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function themeName(theme: { name: string; nameEn: string | null }, language: string): string {
  return language === 'en' && theme.nameEn ? theme.nameEn : theme.name;
}

/** "4 tot en met 12 jaar", "vanaf 18 jaar", "tot en met 12 jaar", or "alle leeftijden". */
export function ageRange(t: TFunction, min: number | null, max: number | null): string {
  if (min !== null && max !== null) return t('directoryFormat.ageFromTo', { min, max });
  if (min !== null) return t('directoryFormat.ageFrom', { min });
  if (max !== null) return t('directoryFormat.ageTo', { max });
  return t('directoryFormat.ageAll');
}

export function distance(km: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

export interface OpeningDay {
  day: Weekday;
  times: string[];
}

/** Opening times per weekday, Monday first, from the schedules with times (`maandag 09:00–17:00`). */
export function openingDays(schedules: ScheduleView[]): OpeningDay[] {
  return WEEKDAYS.map((day) => ({
    day,
    times: schedules
      .filter((s) => s.weekdays.includes(day) && s.opensAt && s.closesAt)
      .map((s) => `${s.opensAt ?? ''}–${s.closesAt ?? ''}`)
      .sort(),
  })).filter((d) => d.times.length > 0);
}

/** "5 plekken vrij", "wachttijd ongeveer 3 weken", or null when the provider gave no figures. */
export function capacityText(t: TFunction, places: number | null, weeks: number | null): string | null {
  const parts: string[] = [];
  if (places !== null) parts.push(places > 0 ? t('directoryFormat.places', { count: places }) : t('directoryFormat.noPlaces'));
  if (weeks !== null) parts.push(weeks > 0 ? t('directoryFormat.waiting', { count: weeks }) : t('directoryFormat.noWaiting'));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** OpenStreetMap route planner to the place (a plain link; no call from Wijkwijs). */
export function routeUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/directions?route=%3B${latitude}%2C${longitude}`;
}

/** Date and time in the user's language, Europe/Amsterdam. */
export function dateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

/** A language's name in the user's language, from its ISO 639 code ("ar" → "Arabisch"). */
export function languageName(code: string | null, name: string | null, language: string): string {
  if (!code) return name ?? '';
  try {
    return new Intl.DisplayNames([language === 'en' ? 'en' : 'nl'], { type: 'language' }).of(code) ?? name ?? code;
  } catch {
    return name ?? code;
  }
}

/** "9901AA" → "9901 AA". */
export function postcode(value: string): string {
  return /^\d{4}[A-Z]{2}$/.test(value) ? `${value.slice(0, 4)} ${value.slice(4)}` : value;
}
