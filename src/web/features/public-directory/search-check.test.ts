import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PostcodeParam, PublicServiceSearchQuery, ServiceSort } from '../../../contracts/directory';
import { bothOutcomes } from '../../ui/form/check-parity';
import { searchCheck } from './search-check';
import { apiQueryFromSearch, searchFromParams, type DirectorySearch } from './search-params';

/** What the search form validated with before decision 0020, built from the contract's parts. */
const SearchSchema = z.object({
  q: PublicServiceSearchQuery.shape.q.unwrap(),
  theme: z.string(),
  age: z.union([z.literal(''), z.string().trim().regex(/^\d{1,3}$/)]),
  cost: z.string(),
  language: z.string(),
  area: z.string(),
  kind: z.string(),
  openNow: z.boolean(),
  hasCapacity: z.boolean(),
  postcode: z.union([z.literal(''), PostcodeParam]),
  radiusKm: z.string(),
  sort: ServiceSort,
});

const padded = (text: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', ' ', '  '), text, fc.constantFrom('', ' ', '\t')).map(([a, b, c]) => a + b + c);
const words = fc.oneof(fc.string({ maxLength: 30 }), fc.integer({ min: 195, max: 205 }).map((n) => 'w'.repeat(n)), padded(fc.integer({ min: 198, max: 202 }).map((n) => 'w'.repeat(n))));
const age = fc.oneof(fc.constant(''), padded(fc.stringMatching(/^\d{1,4}$/)), fc.string({ maxLength: 5 }));
const postcode = fc.oneof(fc.constant(''), padded(fc.stringMatching(/^[0-9]{4} ?[A-Za-z]{2}$/)), fc.string({ maxLength: 8 }), fc.constantFrom('1234AB', '0123AB', '1234 ab', '1234  AB'));
const search: fc.Arbitrary<DirectorySearch> = fc.record({
  q: words,
  theme: fc.constantFrom('', 'sport-en-spel'),
  age,
  cost: fc.constantFrom('', 'free'),
  language: fc.constantFrom('', 'nl'),
  area: fc.constantFrom('', 'd:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'),
  kind: fc.constantFrom('', 'informal'),
  openNow: fc.boolean(),
  hasCapacity: fc.boolean(),
  postcode,
  radiusKm: fc.constantFrom('', '5'),
  sort: fc.constantFrom(...ServiceSort.options, 'nearest' as DirectorySearch['sort']),
});

describe('the directory search check', () => {
  it('accepts, rejects and normalises as the zod form schema did, with the same messages', async () => {
    await fc.assert(
      fc.asyncProperty(search, async (values) => {
        const { contract, check } = await bothOutcomes(SearchSchema, searchCheck, values);
        expect(check).toEqual(contract);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets through only searches the public API accepts (ages up to 120)', () => {
    fc.assert(
      fc.property(search, (values) => {
        const result = searchCheck(values);
        if (!result.ok || Number(result.values.age) > 120) return;
        expect(PublicServiceSearchQuery.safeParse(apiQueryFromSearch(result.values)).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['q', 'w'.repeat(201), 'validation.maxLength:200'],
    ['age', 'negen', 'validation.format.age'],
    ['postcode', '1234', 'validation.format.postcode'],
    ['postcode', ' ', 'validation.format.postcode'],
  ] as const)('says what is wrong with %s %j', async (field, value, message) => {
    const values = { ...searchFromParams(new URLSearchParams()), [field]: value };
    const { contract, check } = await bothOutcomes(SearchSchema, searchCheck, values);
    expect(check.errors).toEqual({ [field]: message });
    expect(check).toEqual(contract);
  });
});
