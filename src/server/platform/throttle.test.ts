import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delayAfter, EMAIL_RULE, IP_RULE } from './throttle';

describe('delayAfter', () => {
  it('gives the first failures for free, then doubles, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => delayAfter(n, EMAIL_RULE))).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(delayAfter(100, EMAIL_RULE)).toBe(EMAIL_RULE.maxDelaySeconds);
  });

  it('never shrinks as failures grow, and stays within the cap', () => {
    fc.assert(
      fc.property(fc.constantFrom(EMAIL_RULE, IP_RULE), fc.integer({ min: 0, max: 1000 }), (rule, n) => {
        const [a, b] = [delayAfter(n, rule), delayAfter(n + 1, rule)];
        return a <= b && b <= rule.maxDelaySeconds && a >= 0;
      }),
    );
  });
});
