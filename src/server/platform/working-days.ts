import { todayInNl } from './nl-date';

/**
 * Working days for every deadline and reminder in Wijkwijs: Monday to Friday in the Netherlands,
 * minus the public holidays of the Algemene termijnenwet (art. 3): Nieuwjaarsdag, Tweede Paasdag,
 * Hemelvaartsdag, Tweede Pinksterdag, Koningsdag, 5 mei and both Kerstdagen. Days are calendar
 * dates in Europe/Amsterdam, written as ISO dates (`2026-11-26`). Pure functions. See decision 0008.
 */
const DAY_MS = 86_400_000;

const toDay = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const plusDays = (isoDate: string, days: number): string => iso(new Date(toDay(isoDate).getTime() + days * DAY_MS));

const AMSTERDAM_OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });


/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Koningsdag is 27 April, or the 26th when the 27th is a Sunday. */
function kingsDay(year: number): string {
  return toDay(`${year}-04-27`).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** The public holidays of a year that can fall on a weekday (Easter and Whit Sunday never do). */
export function publicHolidays(year: number): ReadonlySet<string> {
  let days = holidayCache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set([
      `${year}-01-01`,
      plusDays(easter, 1), // Tweede Paasdag
      kingsDay(year),
      `${year}-05-05`,
      plusDays(easter, 39), // Hemelvaartsdag
      plusDays(easter, 50), // Tweede Pinksterdag
      `${year}-12-25`,
      `${year}-12-26`,
    ]);
    holidayCache.set(year, days);
  }
  return days;
}

export function isWorkingDay(isoDate: string): boolean {
  const weekday = toDay(isoDate).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
}

/**
 * The date `n` working days after `isoDate` (the day itself never counts, whatever day it is):
 * received on a Friday or Saturday with one working day, the deadline is Monday.
 */
export function addWorkingDays(isoDate: string, n: number): string {
  let day = isoDate;
  let left = n;
  while (left > 0) {
    day = plusDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** Minutes Amsterdam is ahead of UTC at a moment: 60 in winter, 120 in summer. */
function amsterdamOffsetMinutes(at: Date): number {
  const name = AMSTERDAM_OFFSET.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * The first moment after which `n` working days have passed since `from`: the same Dutch clock
 * time on the date `n` working days after `from`'s Dutch date. Keeping the UTC clock time instead
 * went wrong across a change to or from summer time: Friday 23:00 plus one working day became
 * Tuesday 00:00. The target date is a working day, never the Sunday the clocks change on.
 */
export function addWorkingDaysAt(from: Date, n: number): Date {
  const start = todayInNl(from);
  const shift = toDay(addWorkingDays(start, n)).getTime() - toDay(start).getTime();
  const sameUtcClock = new Date(from.getTime() + shift);
  return new Date(sameUtcClock.getTime() + (amsterdamOffsetMinutes(from) - amsterdamOffsetMinutes(sameUtcClock)) * 60_000);
}

/**
 * Whole working days that have passed since `since`, counted by Dutch calendar date: a step opened
 * on a Friday afternoon is one working day old on Monday (unless Monday is a public holiday).
 */
export function workingDaysBetween(since: Date, now: Date): number {
  if (now <= since) return 0;
  const end = todayInNl(now);
  let count = 0;
  for (let day = plusDays(todayInNl(since), 1); day <= end; day = plusDays(day, 1)) if (isWorkingDay(day)) count++;
  return count;
}
