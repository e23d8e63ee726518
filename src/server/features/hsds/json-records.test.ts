import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode-stream';
import { JsonReadError, JsonRecords, type MemberChoice } from './json-records';

type Event = ['top', string] | ['value', string, unknown] | ['item', string, unknown, number];

/** Reads `text` in the given chunks and lists what the reader handed over; members whose key starts with "i" as items, "s" skipped. */
function read(chunks: Iterable<string>): Event[] {
  const events: Event[] = [];
  const reader = new JsonRecords({
    top: (kind) => events.push(['top', kind]),
    member: (key, isArray): MemberChoice => (key.startsWith('i') && isArray ? 'items' : key.startsWith('s') ? 'skip' : 'value'),
    value: (key, value) => events.push(['value', key, value]),
    item: (key, value, index) => events.push(['item', key, value, index]),
  });
  for (const chunk of chunks) {
    reader.write(chunk);
    if (reader.stopped) break;
  }
  reader.end();
  return events;
}

/** What the reader must hand over, from JSON.parse of the whole document. */
function expected(document: unknown): Event[] {
  if (Array.isArray(document)) return [['top', 'array'], ...document.map((v, i): Event => ['item', '', v, i])];
  if (typeof document !== 'object' || document === null) return [['top', 'other']];
  const events: Event[] = [['top', 'object']];
  for (const [key, value] of Object.entries(document)) {
    if (key.startsWith('i') && Array.isArray(value)) events.push(...value.map((v, i): Event => ['item', key, v, i]));
    else if (!key.startsWith('s')) events.push(['value', key, value]);
  }
  return events;
}

/** Splits text at the given code-unit positions (a split may fall inside a string, a number, an escape, a surrogate pair). */
const split = (text: string, cuts: number[]) => {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
};

async function decoded(text: string, cuts: number[]): Promise<string[]> {
  const bytes = Buffer.from(text, 'utf8');
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  for await (const chunk of decodeUtf8((async function* () {
    for (const [i, from] of [0, ...at].entries()) yield bytes.subarray(from, at[i] ?? bytes.length);
  })())) chunks.push(chunk);
  return chunks;
}

/** Strings full of what the reader must not take for structure, and multi-byte characters. */
const tricky = fc.oneof(fc.constantFrom('"', '\\', '\\"', '[', ']', '{', '}', ',', ':', ' ', '\n', 'é', '€', '😀', '\u2028', '\u0000', '\\u0022'), fc.string({ unit: 'grapheme', maxLength: 2 }));
const json = fc.jsonValue({ maxDepth: 4, stringUnit: tricky });
const key = fc.oneof(fc.constantFrom('items', 'inner', 'skipped', 'status', 'value', 'i"[', 's\\{'), fc.string({ unit: tricky, maxLength: 4 }));
const document = fc.oneof(
  fc.array(json, { maxLength: 6 }),
  fc.dictionary(key, fc.oneof(json, fc.array(json, { maxLength: 5 })), { maxKeys: 6 }),
  json,
);
const cuts = fc.array(fc.nat(), { maxLength: 12 });
const indent = fc.constantFrom(undefined, 0, 1, '\t', ' \r\n ');

describe('JsonRecords', () => {
  it('hands over exactly what JSON.parse reads, whatever the chunk boundaries', () => {
    fc.assert(fc.property(document, indent, cuts, (value, space, at) => {
      const text = JSON.stringify(value, null, space);
      expect(read(split(text, at))).toEqual(expected(JSON.parse(text)));
    }), { numRuns: 400 });
  });

  it('does so from bytes split inside multi-byte characters', async () => {
    await fc.assert(fc.asyncProperty(document, cuts, async (value, at) => {
      const text = JSON.stringify(value);
      expect(read(await decoded(text, at))).toEqual(expected(JSON.parse(text)));
    }), { numRuns: 200 });
  });

  it('refuses every document cut short', () => {
    fc.assert(fc.property(fc.oneof(fc.array(json, { minLength: 1, maxLength: 4 }), fc.dictionary(key, json, { minKeys: 1, maxKeys: 4 })), fc.nat(), cuts, (value, end, at) => {
      const text = JSON.stringify(value);
      const short = text.slice(0, end % text.length);
      if (!short.trim()) return;
      expect(() => read(split(short, at))).toThrow(JsonReadError);
    }), { numRuns: 200 });
  });

  it('names the record that is broken', () => {
    const error = (text: string) => {
      try {
        read(split(text, [3, 17]));
      } catch (e) {
        return e as JsonReadError;
      }
      throw new Error('no error');
    };
    expect(error('[{"a": 1}, {"a": tru}]').pointer).toBe('/1');
    expect(error('{"items": [{"a": 1}, {"b": [1,}]}').pointer).toBe('/items/1');
    expect(error('{"status": "active", "name": nope}').pointer).toBe('/name');
    expect(error('{"items": [1] "status": 2}').message).toMatch(/^Unexpected "\\"" at character 15/);
    expect(error('[1, 2] 3').message).toMatch(/after the end of the document/);
  });

  it('stops at a document that is neither an array nor an object', () => {
    expect(read(['"a string" that is not JSON'])).toEqual([['top', 'other']]);
    expect(read([' ', ''])).toEqual([]);
  });
});
