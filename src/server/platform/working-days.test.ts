import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayInNl } from './nl-date';
import { addWorkingDays, addWorkingDaysAt, easterSunday, isWorkingDay, publicHolidays, workingDaysBetween } from './working-days';

const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

function workingDaysAfter(start: string, end: string): number {
  let count = 0;
  for (let i = 1; i <= daysBetween(start, end); i++) {
    const day = new Date(Date.parse(start) + i * 86_400_000).toISOString().slice(0, 10);
    if (isWorkingDay(day)) count++;
  }
  return count;
}

describe('adding working days', () => {
  it('lands on a working day with exactly n working days after the day received', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: 1, max: 40 }), (start, n) => {
      const due = addWorkingDays(start, n);
      expect(isWorkingDay(due)).toBe(true);
      expect(workingDaysAfter(start, due)).toBe(n);
      // Never more slack than the weekends per week of working days plus the holidays on the way.
      const years = [Number(start.slice(0, 4)), Number(due.slice(0, 4))];
      const holidays = [...new Set(years.flatMap((y) => [...publicHolidays(y)]))].filter((d) => d > start && d <= due).length;
      expect(daysBetween(start, due)).toBeLessThanOrEqual(Math.ceil(n / 5) * 7 + 2 + holidays);
    }));
  });

  it('grows with n and never goes back in time', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: 0, max: 30 }), (start, n) => {
      expect(addWorkingDays(start, n + 1) > addWorkingDays(start, n)).toBe(true);
      expect(addWorkingDays(start, n) >= start).toBe(true);
    }));
  });

  it('adding in two steps is the same as in one, from a working day', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (start, a, b) => {
      const from = addWorkingDays(start, 1);
      expect(addWorkingDays(addWorkingDays(from, a), b)).toBe(addWorkingDays(from, a + b));
    }));
  });

  it('moves a Friday or weekend signal to Monday for one working day', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // Saturday → Monday
    expect(addWorkingDays('2026-11-29', 1)).toBe('2026-11-30'); // Sunday → Monday
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30'); // Monday → next Monday
  });

  it('counts the day in the Netherlands', () => {
    expect(todayInNl(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(todayInNl(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('public holidays (Algemene termijnenwet)', () => {
  it('knows Easter Sunday', () => {
    expect(['2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  it('lists the eight holidays of 2026, Koningsdag moved to Saturday in 2025', () => {
    expect([...publicHolidays(2026)].sort()).toEqual(['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']);
    expect(publicHolidays(2025).has('2025-04-26')).toBe(true);
    expect(publicHolidays(2025).has('2025-04-27')).toBe(false);
  });

  it('skips holidays: the day before Christmas plus one working day is the Monday after', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-04-03', 1)).toBe('2026-04-07'); // Good Friday is a working day; Easter Monday is not
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-05-05')).toBe(false);
  });

  it('is never a holiday on the day after: every holiday is a weekday or weekend date in its year', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
      const easter = easterSunday(year);
      expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      for (const day of publicHolidays(year)) expect(isWorkingDay(day)).toBe(false);
    }));
  });
});

describe('working days between two moments', () => {
  it('counts weekdays only, by calendar day in the Netherlands', () => {
    const friday = new Date('2026-03-06T15:00:00+01:00');
    expect(workingDaysBetween(friday, new Date('2026-03-06T23:00:00+01:00'))).toBe(0);
    expect(workingDaysBetween(friday, new Date('2026-03-08T12:00:00+01:00'))).toBe(0);
    expect(workingDaysBetween(friday, new Date('2026-03-09T09:00:00+01:00'))).toBe(1);
    expect(workingDaysBetween(friday, new Date('2026-03-13T09:00:00+01:00'))).toBe(5);
    expect(workingDaysBetween(friday, new Date('2026-03-16T09:00:00+01:00'))).toBe(6);
    expect(workingDaysBetween(new Date('2026-03-09T23:30:00+01:00'), new Date('2026-03-10T00:30:00+01:00'))).toBe(1);
    expect(workingDaysBetween(friday, new Date('2026-03-01T00:00:00Z'))).toBe(0);
    expect(workingDaysBetween(new Date('2026-12-24T10:00:00+01:00'), new Date('2026-12-28T10:00:00+01:00'))).toBe(1);
  });

  it('agrees with adding: n working days after a moment, n have passed', () => {
    fc.assert(fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), fc.integer({ min: 1, max: 20 }), (from, n) => {
      const at = addWorkingDaysAt(from, n);
      expect(isWorkingDay(todayInNl(at))).toBe(true);
      expect(workingDaysBetween(from, at)).toBe(n);
      expect(at.getTime()).toBeGreaterThanOrEqual(from.getTime() + (n - 1) * 86_400_000);
    }));
  });

  it('keeps the clock time: Friday + 3 working days is Wednesday at the same time', () => {
    expect(addWorkingDaysAt(new Date('2026-11-27T10:00:00Z'), 3).toISOString()).toBe('2026-12-02T10:00:00.000Z');
  });

  it('keeps the Dutch clock time across a change to or from summer time', () => {
    // Friday 23:00 in winter time; the clocks go forward on Easter Sunday 28 March 2027, and
    // Monday is Tweede Paasdag: Tuesday 23:00 in summer time.
    expect(addWorkingDaysAt(new Date('2027-03-26T22:00:00Z'), 1).toISOString()).toBe('2027-03-30T21:00:00.000Z');
    // Friday 23:30 in summer time; the clocks go back on Sunday 31 October 2027.
    expect(addWorkingDaysAt(new Date('2027-10-29T21:30:00Z'), 1).toISOString()).toBe('2027-11-01T22:30:00.000Z');
  });
});
