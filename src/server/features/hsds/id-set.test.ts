import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSet } from './id-set';

/** UUIDs that share most of their bits (as generated and test ids do), and ids that are not UUIDs. */
const id = fc.oneof(
  fc.uuid().map((u) => u.toLowerCase()),
  fc.nat({ max: 5000 }).map((n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`),
  fc.nat({ max: 50 }).map((n) => `ffffffff-ffff-ffff-ffff-${n.toString(16).padStart(12, 'f')}`),
  // Ids that differ in one 32-bit word only, each word in turn.
  fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 20 })).map(([word, n]) => {
    const hex = '0'.repeat(32).split('');
    hex[word * 8 + 7] = n.toString(16).slice(-1);
    hex[word * 8 + 6] = (n >> 4).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '', 'AC148810-D857-441C-9679-408F346DE14B'),
  fc.string({ maxLength: 40 }),
);

describe('IdSet', () => {
  it('answers as a Set of the same ids would, through any number of growths', () => {
    fc.assert(fc.property(fc.array(id, { maxLength: 2000 }), fc.array(id, { maxLength: 200 }), (added, asked) => {
      const ids = new IdSet();
      const expected = new Set<string>();
      for (const value of added) {
        expect(ids.add(value)).toBe(!expected.has(value));
        expected.add(value);
      }
      expect(ids.size).toBe(expected.size);
      for (const value of [...added, ...asked]) expect(ids.has(value)).toBe(expected.has(value));
    }), { numRuns: 60 });
  });

  it('holds 100,000 sequential ids, and not their neighbours', () => {
    const ids = new IdSet();
    const nth = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    for (let n = 0; n < 200_000; n += 2) expect(ids.add(nth(n))).toBe(true);
    expect(ids.size).toBe(100_000);
    for (let n = 0; n < 200_000; n += 1) if (ids.has(nth(n)) !== (n % 2 === 0)) throw new Error(`wrong answer for ${nth(n)}`);
    expect(ids.add(nth(0))).toBe(false);
  });

  it('tells apart ids that differ in any one of their 32-bit words only', () => {
    for (let word = 0; word < 4; word += 1) {
      const ids = new IdSet();
      const nth = (n: number) => {
        const hex = `${'0'.repeat(word * 8)}${n.toString(16).padStart(8, '0')}${'0'.repeat(24 - word * 8)}`;
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      };
      for (let n = 0; n < 4000; n += 2) ids.add(nth(n));
      for (let n = 0; n < 4000; n += 1) if (ids.has(nth(n)) !== (n % 2 === 0)) throw new Error(`wrong answer for ${nth(n)}`);
    }
  });
});
