import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, deadlinesFromSettings, dutchDate, firstContactDue, isWorkingDay } from './working-days';

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

describe('first-contact deadline in working days', () => {
  it('lands on a working day with exactly n working days after the day received', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: 1, max: 40 }), (start, n) => {
      const due = addWorkingDays(start, n);
      expect(isWorkingDay(due)).toBe(true);
      expect(workingDaysAfter(start, due)).toBe(n);
      // Never more than two weekends' slack per week of working days.
      expect(daysBetween(start, due)).toBeLessThanOrEqual(Math.ceil(n / 5) * 7 + 2);
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

  it('counts the day in the Netherlands, and takes per-tenant settings with defaults', () => {
    expect(dutchDate(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(firstContactDue(new Date('2026-11-26T10:00:00Z'), 'urgent', deadlinesFromSettings({}))).toBe('2026-11-27');
    expect(firstContactDue(new Date('2026-11-26T10:00:00Z'), 'normal', deadlinesFromSettings(null))).toBe('2026-12-03');
    expect(deadlinesFromSettings({ signalDeadlines: { urgent: 2, normal: 10 } })).toEqual({ urgent: 2, normal: 10 });
    expect(deadlinesFromSettings({ signalDeadlines: { urgent: 'soon' } })).toEqual({ urgent: 1, normal: 5 });
  });
});
