import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, isValidBsn } from './bsn';
import { Bsn, dutchToday, PastDate } from './households';

/** Builds a valid BSN from 8 digits by choosing the check digit, when one exists. */
function withCheckDigit(first8: number[]): string | null {
  const sum = first8.reduce((acc, d, i) => acc + (9 - i) * d, 0);
  const check = sum % 11;
  return check === 10 ? null : [...first8, check].join('');
}

describe('11-proef', () => {
  it('accepts known valid numbers and refuses known invalid ones', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });

  it('accepts every number whose check digit satisfies the weighted sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), (digits) => {
        const bsn = withCheckDigit(digits);
        fc.pre(bsn !== null && bsn !== '000000000');
        return isValidBsn(bsn!);
      }),
    );
  });

  it('refuses every single-digit typo of a valid number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (digits, position, shift) => {
        const bsn = withCheckDigit(digits);
        fc.pre(bsn !== null);
        const typo = bsn!.split('');
        typo[position] = String((Number(typo[position]) + shift) % 10);
        return !isValidBsn(typo.join(''));
      }),
    );
  });

  it('pads an 8-digit BSN with a leading zero, as the register allows', () => {
    expect(Bsn.parse(' 10000008 ')).toBe('010000008');
    expect(Bsn.safeParse('123456789').success).toBe(false);
  });
});

describe('age rules', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageOn('2012-03-31', '2026-03-30')).toBe(13);
    expect(ageOn('2012-03-31', '2026-03-31')).toBe(14);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('never decreases as the day moves on, and is 0 on the day of birth', () => {
    const day = fc.date({ min: new Date('1920-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (birth, a, b) => {
        fc.pre(birth <= a && a <= b);
        return ageOn(birth, birth) === 0 && ageOn(birth, a) <= ageOn(birth, b) && ageOn(birth, a) >= 0;
      }),
    );
  });

  it('refuses birth dates in the future, counting days in the Netherlands', () => {
    const tomorrow = dutchToday(new Date(Date.now() + 86_400_000));
    expect(PastDate.safeParse(tomorrow).success).toBe(false);
    expect(PastDate.safeParse(dutchToday()).success).toBe(true);
    // 23:30 UTC on 27 November is already the 28th in Amsterdam (UTC+1), 22:00 UTC on 30 June the 1st (UTC+2).
    expect(dutchToday(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(dutchToday(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(PastDate.safeParse('2012-03-31').success).toBe(true);
    expect(PastDate.safeParse('0000-01-01').success).toBe(false);
  });
});
