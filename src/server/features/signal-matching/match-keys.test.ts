import { describe, expect, it } from 'vitest';
import { tooOldForMatching } from './match-keys';

describe('the age limit of signal matching', () => {
  it('counts the age on the Dutch date: a 23rd birthday starts at midnight in the Netherlands, not in UTC', () => {
    // 28 November 2003: 23 on 28 November 2026, which starts at 23:00 UTC on the 27th (winter time).
    expect(tooOldForMatching('2003-11-28', new Date('2026-11-27T22:59:59Z'))).toBe(false);
    expect(tooOldForMatching('2003-11-28', new Date('2026-11-27T23:30:00Z'))).toBe(true);
    // Summer time: 1 July starts at 22:00 UTC on 30 June.
    expect(tooOldForMatching('2003-07-01', new Date('2026-06-30T21:59:59Z'))).toBe(false);
    expect(tooOldForMatching('2003-07-01', new Date('2026-06-30T22:00:00Z'))).toBe(true);
  });
});
