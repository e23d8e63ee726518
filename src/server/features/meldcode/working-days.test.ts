import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from './working-days';

describe('working days', () => {
  it('counts weekdays only, by calendar day in the Netherlands', () => {
    const friday = new Date('2026-03-06T15:00:00+01:00');
    expect(workingDaysBetween(friday, new Date('2026-03-06T23:00:00+01:00'))).toBe(0);
    expect(workingDaysBetween(friday, new Date('2026-03-08T12:00:00+01:00'))).toBe(0);
    expect(workingDaysBetween(friday, new Date('2026-03-09T09:00:00+01:00'))).toBe(1);
    expect(workingDaysBetween(friday, new Date('2026-03-13T09:00:00+01:00'))).toBe(5);
    expect(workingDaysBetween(friday, new Date('2026-03-16T09:00:00+01:00'))).toBe(6);
    expect(workingDaysBetween(new Date('2026-03-09T23:30:00+01:00'), new Date('2026-03-10T00:30:00+01:00'))).toBe(1);
    expect(workingDaysBetween(friday, new Date('2026-03-01T00:00:00Z'))).toBe(0);
  });
});
