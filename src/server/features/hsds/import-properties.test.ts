import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode-stream';
import { corruption, services, toCsv } from './import-arbitraries';
import { readHsdsCsv } from './read-csv';
import { readFiles } from './read-files';
import { readHsdsJson } from './read-json';
import { ImportStaging, type ImportRow } from './staging';

let folder: string;
let n = 0;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hsds-properties-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** The text in chunks of `size` bytes, as a file read from disk arrives (chunks may split a character). */
async function* bytesOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function staged(read: (set: ImportStaging) => Promise<void>): Promise<{ set: ImportStaging; rows: (object: string) => Promise<ImportRow[]> }> {
  const set = new ImportStaging(await mkdtemp(join(folder, `${n++}-`)));
  await read(set);
  await set.finish();
  const rows = async (object: string) => {
    const all: ImportRow[] = [];
    for await (const row of set.rows(object)) all.push(row);
    return all;
  };
  return { set, rows };
}

const readCsv = (csv: string, chunk = 64) => staged((set) => readHsdsCsv(set, 'services.csv', decodeUtf8(bytesOf(csv, chunk))));
const readJson = (value: unknown, chunk = 64) => staged((set) => readHsdsJson(set, 'data.json', decodeUtf8(bytesOf(JSON.stringify(value), chunk))));
const chunk = fc.integer({ min: 1, max: 300 });

describe('HSDS importers (properties, streamed in chunks of any size)', () => {
  it('read any valid services from CSV exactly as written, without problems', async () => {
    await fc.assert(fc.asyncProperty(services, fc.boolean(), chunk, async (rows, bom, size) => {
      const { set, rows: read } = await readCsv(`${bom ? '\ufeff' : ''}${toCsv(rows)}`, size);
      expect(set.problems).toEqual([]);
      expect((await read('service')).map((r) => r.values)).toEqual(rows.map((r) => ({ ...r, description: r.description === '' ? undefined : r.description })).map((r) => JSON.parse(JSON.stringify(r))));
    }), { numRuns: 40 });
  });

  it('read any valid services from JSON exactly as written, in any of its shapes, without problems', async () => {
    await fc.assert(fc.asyncProperty(services, fc.constantFrom('list', 'page', 'dataset'), chunk, async (rows, shape, size) => {
      const document = shape === 'list' ? rows : shape === 'page' ? { total_items: rows.length, contents: rows } : { services: rows };
      const { set, rows: read } = await readJson(document, size);
      expect(set.problems).toEqual([]);
      expect((await read('service')).map((r) => r.values)).toEqual(rows);
    }), { numRuns: 40 });
  });

  it('report one corrupted CSV field with its data row and field, and nothing else', async () => {
    await fc.assert(fc.asyncProperty(services, fc.nat(), corruption, async (rows, pick, { field, value, code }) => {
      const i = pick % rows.length;
      const broken = rows.map((r, j) => (j === i ? { ...r, [field]: value as string } : r));
      const problems = (await readCsv(toCsv(broken))).set.problems.map((p) => [p.file, p.row, p.field, p.code]);
      expect(problems).toContainEqual(['services.csv', i + 1, field, code]);
      expect(problems.every(([, row, f]) => row === i + 1 && f === field)).toBe(true);
    }), { numRuns: 40 });
  });

  it('report one corrupted JSON field with its record pointer and field', async () => {
    await fc.assert(fc.asyncProperty(services, fc.nat(), corruption, async (rows, pick, { field, value, code }) => {
      const i = pick % rows.length;
      const { set } = await readJson({ services: rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)) });
      const problems = set.problems.map((p) => [p.pointer, p.field, p.code]);
      expect(problems).toContainEqual([`/services/${i}`, field, code]);
      expect(problems.every(([pointer]) => pointer === `/services/${i}`)).toBe(true);
    }), { numRuns: 40 });
  });
});

describe('HSDS JSON reader', () => {
  const service = { id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Huiswerkklas', status: 'active' };
  const phone = { id: '6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4f01', number: '010 1234567' };

  it('reads a single service whose nested arrays come before its status', async () => {
    const { set, rows } = await readJson({ id: service.id, phones: [phone], name: service.name, status: 'active' });
    expect(set.problems).toEqual([]);
    expect((await rows('phone')).map((r) => [r.values.service_id, r.origin.pointer])).toEqual([[service.id, '/phones/0']]);
  });

  it('reads a data set that starts with phones, and reports unknown parts as ignored', async () => {
    const { set, rows } = await readJson({ phones: [{ ...phone, service_id: service.id }], funding: [{ id: 'x' }], services: [service] });
    expect(set.problems).toEqual([]);
    expect((await rows('phone')).map((r) => r.origin.pointer)).toEqual(['/phones/0']);
    expect((await rows('service')).map((r) => r.origin.pointer)).toEqual(['/services/0']);
    expect([...set.ignored]).toEqual(['funding']);
  });

  it('keeps __proto__ an own property, never the prototype', async () => {
    const { rows } = await staged((set) => readHsdsJson(set, 'data.json', decodeUtf8(bytesOf(`{"services":[{"id":"${service.id}","name":"x","status":"active","__proto__":{"polluted":1}}]}`, 7))));
    const [row] = await rows('service');
    expect(Object.getPrototypeOf(row!.values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the file and the record where the JSON is broken', async () => {
    const path = join(folder, 'broken.json');
    const text = `{"services":[${JSON.stringify(service)}, {"id": "${phone.id}", "name": tru}]}`;
    await writeFile(path, text);
    const { set } = await staged((s) => readFiles(s, [{ name: 'sociale-kaart.json', path, bytes: text.length }], () => undefined));
    expect(set.problems).toMatchObject([{ file: 'sociale-kaart.json', pointer: '/services/1', code: 'unreadable' }]);
    expect(set.problems[0]!.message).toMatch(/^The JSON cannot be read: .*\(in \/services\/1\)$/);
  });

  it('refuses broken JSON and a non-UTF-8 byte anywhere in the file', async () => {
    expect((await readJson('x')).set.problems.map((p) => p.code)).toEqual(['unreadable']);
    await expect(staged((set) => readHsdsJson(set, 'data.json', decodeUtf8(bytesOf('{"services": [', 5))))).rejects.toThrow();
    const bytes = Buffer.concat([Buffer.from(`{"services":[{"id":"${service.id}","name":"`.padEnd(400, ' ')), Buffer.from([0xe9]), Buffer.from('"}]}')]);
    await expect(staged((set) => readHsdsJson(set, 'data.json', decodeUtf8((async function* () { yield bytes; })())))).rejects.toThrow(/not UTF-8/);
  });
});
