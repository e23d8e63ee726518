import { AGE_INPUT_PATTERN, POSTCODE_PATTERN, SEARCH_TEXT_MAX, SERVICE_SORTS } from '../../../contracts/rules';
import { badFormat, checked, invalid, text, tooLong, type FieldProblem, type FormCheck } from '../../ui/form/form-check';
import type { DirectorySearch } from './search-params';

const SELECTS = ['theme', 'cost', 'language', 'area', 'kind', 'radiusKm'] as const;

/** Empty, or a value that (trimmed) matches `pattern` (the form sends it trimmed): a format message, as zod's union gives. */
function optionalMatch(value: unknown, pattern: RegExp): FieldProblem | null {
  const raw = text(value);
  if (raw === undefined) return invalid();
  return raw === '' || pattern.test(raw.trim()) ? null : badFormat('regex');
}

function wordsProblem(value: unknown): FieldProblem | null {
  const words = text(value)?.trim();
  if (words === undefined) return invalid();
  return words.length > SEARCH_TEXT_MAX ? tooLong(SEARCH_TEXT_MAX) : null;
}

const trimmedOrEmpty = (value: string) => (value === '' ? '' : value.trim());

/**
 * The directory search form's check, without zod so the public sociale kaart loads without it
 * (decision 0020): search words within the contract's length, an age of at most three digits, a
 * Dutch postcode, a known sort order. search-check.test.ts holds it to the contract.
 */
export const searchCheck: FormCheck<DirectorySearch, DirectorySearch> = (values) =>
  checked(
    [
      ['q', wordsProblem(values.q)],
      ...SELECTS.map((key): [string, FieldProblem | null] => [key, text(values[key]) === undefined ? invalid() : null]),
      ['age', optionalMatch(values.age, AGE_INPUT_PATTERN)],
      ['openNow', typeof values.openNow === 'boolean' ? null : invalid()],
      ['hasCapacity', typeof values.hasCapacity === 'boolean' ? null : invalid()],
      ['postcode', optionalMatch(values.postcode, POSTCODE_PATTERN)],
      ['sort', SERVICE_SORTS.includes(values.sort) ? null : invalid()],
    ],
    () => ({
      q: values.q.trim(), theme: values.theme, age: trimmedOrEmpty(values.age), cost: values.cost, language: values.language, area: values.area, kind: values.kind,
      openNow: values.openNow, hasCapacity: values.hasCapacity, postcode: trimmedOrEmpty(values.postcode), radiusKm: values.radiusKm, sort: values.sort,
    }),
  );
