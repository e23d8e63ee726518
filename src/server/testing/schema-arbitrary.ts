import fc from 'fast-check';
import type { JsonSchema } from './openapi-operations';

/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document: values that fit a schema,
 * the same values with one hostile mutation, and a JSON writer for shapes too large or too deep to
 * build as objects (a 200,000-character string, 50,000 nested arrays).
 */

/** A string of `length` copies of `char`, written out only when the request is sent. */
export class Huge {
  constructor(readonly char: string, readonly length: number) {}
}

/** `depth` nested arrays (`[[[…]]]`), written out only when the request is sent. */
export class DeepNest {
  constructor(readonly depth: number) {}
}

/** Ids that exist in the test tenant, by the name of the field or parameter that takes them. */
export type KnownIds = (name: string) => readonly string[];

const pastDate = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2026-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/**
 * Fields whose rules the document cannot show (zod transforms and refinements: e-mail addresses
 * that are trimmed first, postcodes, the BSN's 11-proef), so that clean requests pass validation.
 */
const byFieldName: Record<string, fc.Arbitrary<string>> = {
  email: fc.oneof(fc.nat(1_000_000).map((n) => `fuzz.${n}@voorbeeld.nl`), fc.constantFrom('Fuzz.Upper@Voorbeeld.NL', 'nobody@example.org')),
  postcode: fc.constantFrom('1234 AB', '1234ab', '9999ZZ', '1011 AA'),
  bsn: fc.constantFrom('123456782', '111222333', '999999990'),
};

function stringFor(schema: JsonSchema, name: string, ids: KnownIds): fc.Arbitrary<unknown> {
  const hinted = byFieldName[name];
  if (hinted) return hinted;
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, Math.max(min, 60));
  // zod trims most text before it checks the length, so a clean value has that many non-blank characters.
  const fits = (s: string) => s.trim().length >= min && s.length <= (schema.maxLength ?? Infinity);
  if (schema.format === 'uuid') {
    const known = ids(name);
    return known.length ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: fc.uuid(), weight: 1 }) : fc.uuid();
  }
  if (schema.format === 'date') return pastDate;
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2030-01-01') }).map((d) => d.toISOString());
  if (schema.format === 'email') return byFieldName.email!;
  if (schema.pattern) {
    let pattern: RegExp | null = null;
    try {
      pattern = new RegExp(schema.pattern);
    } catch {
      pattern = null;
    }
    if (pattern) return fc.stringMatching(pattern).filter(fits);
  }
  return fc.oneof(
    { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 3 },
    { arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }), weight: 1 },
  ).filter(fits);
}

/** Values that fit `schema` (mostly: refinements such as the 11-proef are not in the schema). */
export function valueFor(schema: JsonSchema, ids: KnownIds, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((s) => valueFor(s, ids, name, depth + 1)));
  if (schema.allOf?.length) return valueFor(Object.assign({}, ...schema.allOf) as JsonSchema, ids, name, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case 'string':
      return stringFor(schema, name, ids);
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, ids, name, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)) });
    case 'object': {
      if (schema.properties) {
        const model = Object.fromEntries(Object.entries(schema.properties).map(([key, s]) => [key, valueFor(s, ids, key, depth + 1)]));
        return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in model) });
      }
      const keys = schema.propertyNames ? valueFor(schema.propertyNames, ids, name, depth + 1).map(String) : fc.string({ maxLength: 12 });
      const values = typeof schema.additionalProperties === 'object' ? valueFor(schema.additionalProperties, ids, name, depth + 1) : fc.jsonValue({ maxDepth: 2 });
      return fc.dictionary(keys, values, { maxKeys: 5 });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Strings that have broken servers before: NUL, lone surrogates, SQL, paths, markup, huge and exotic text. */
export const hostileString: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', "'; drop table users; --", '%00', '../../../etc/passwd', '<script>alert(1)</script>',
    '0000-01-01', '2024-02-30', '2999-12-31', '\u202e\u0645\u0631\u062d\u0628\u0627', '👨‍👩‍👧‍👦'.repeat(50), '\r\n\r\nX-Injected: 1', '${jndi:ldap://x}', '{{7*7}}', ' ', '', 'null', 'NaN', '-0', '1e999',
  ),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => new Huge('x', n)),
  fc.integer({ min: 1_000, max: 50_000 }).map((n) => new Huge('é', n)),
);

const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, '', [], {}, [null], { a: 1 }),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.integer({ min: 100, max: 50_000 }).map((n) => new DeepNest(n)),
);

type Path = (string | number)[];

/** Sets an own property, also for keys like `__proto__` that plain assignment would treat specially. */
function put(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (path.length < 6 && typeof value === 'object' && value !== null && !(value instanceof Huge) && !(value instanceof DeepNest)) {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function clone(value: unknown): unknown {
  if (value instanceof Huge || value instanceof DeepNest || typeof value !== 'object' || value === null) return value;
  return Array.isArray(value) ? value.map(clone) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
}

function setAt(root: unknown, path: Path, replace: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = clone(root);
  if (!path.length) return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  replace(parent, path[path.length - 1]!);
  return copy;
}

/** The value with one mutation at a random place: a field dropped, a wrong type, an unknown field, hostile text or deep nesting. */
export function mutated(value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(value, fc.nat(), fc.constantFrom('drop', 'junk', 'unknown', 'hostile'), junkValue, hostileString, fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', '', 'a.b', '$where')).map(
    ([base, pick, kind, junk, hostile, unknownKey]) => {
      const paths = pathsOf(base);
      const path = paths[pick % paths.length]!;
      if (!path.length) {
        if (kind === 'unknown' && typeof base === 'object' && base !== null && !Array.isArray(base)) {
          const copy = clone(base) as object;
          put(copy, unknownKey, junk);
          return copy;
        }
        return kind === 'hostile' ? hostile : junk;
      }
      return setAt(base, path, (parent, key) => {
        if (kind === 'drop') {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        } else if (kind === 'unknown' && typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])) {
          put(parent[key] as object, unknownKey, junk);
        } else {
          put(parent, key, kind === 'hostile' ? hostile : junk);
        }
      });
    },
  );
}

/** JSON text of a value that may hold `Huge` and `DeepNest` parts. Own writer: JSON.stringify overflows on deep nesting. */
export function toJson(value: unknown): string {
  if (value instanceof Huge) return JSON.stringify(value.char.repeat(value.length));
  if (value instanceof DeepNest) return '['.repeat(value.depth) + ']'.repeat(value.depth);
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** A value as query-string text: objects as JSON, `Huge` written out. */
export function toQueryText(value: unknown): string {
  if (value instanceof Huge) return value.char.repeat(value.length);
  if (value instanceof DeepNest) return toJson(value);
  return typeof value === 'string' ? value : toJson(value);
}
