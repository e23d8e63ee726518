import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecords } from './check-records';
import { readHsdsCsv } from './read-csv';
import { readHsdsJson } from './read-json';
import { RowSet } from './row-set';
import { corruption, services, toCsv } from './import-arbitraries';

const readCsv = (csv: string) => {
  const set = new RowSet();
  readHsdsCsv(set, 'services.csv', csv);
  checkRecords(set);
  return set;
};

describe('HSDS importers (properties)', () => {
  it('read any valid services from CSV exactly as written, without problems', () => {
    fc.assert(fc.property(services, fc.boolean(), (rows, bom) => {
      const set = readCsv(`${bom ? '\ufeff' : ''}${toCsv(rows)}`);
      expect(set.problems).toEqual([]);
      expect(set.of('service').map((r) => r.values)).toEqual(rows.map((r) => ({ ...r, description: r.description === '' ? undefined : r.description })).map((r) => JSON.parse(JSON.stringify(r))));
    }));
  });

  it('read any valid services from JSON exactly as written, without problems', () => {
    fc.assert(fc.property(services, (rows) => {
      const set = new RowSet();
      readHsdsJson(set, 'data.json', { contents: rows });
      checkRecords(set);
      expect(set.problems).toEqual([]);
      expect(set.of('service').map((r) => r.values)).toEqual(rows);
    }));
  });

  it('report one corrupted CSV field with its data row and field, and nothing else', () => {
    fc.assert(fc.property(services, fc.nat(), corruption, (rows, pick, { field, value, code }) => {
      const i = pick % rows.length;
      const broken = rows.map((r, j) => (j === i ? { ...r, [field]: value as string } : r));
      const problems = readCsv(toCsv(broken)).problems.map((p) => [p.file, p.row, p.field, p.code]);
      expect(problems).toContainEqual(['services.csv', i + 1, field, code]);
      expect(problems.every(([, row, f]) => row === i + 1 && f === field)).toBe(true);
    }));
  });

  it('report one corrupted JSON field with its record pointer and field', () => {
    fc.assert(fc.property(services, fc.nat(), corruption, (rows, pick, { field, value, code }) => {
      const i = pick % rows.length;
      const set = new RowSet();
      readHsdsJson(set, 'data.json', { services: rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)) });
      checkRecords(set);
      const problems = set.problems.map((p) => [p.pointer, p.field, p.code]);
      expect(problems).toContainEqual([`/services/${i}`, field, code]);
      expect(problems.every(([pointer]) => pointer === `/services/${i}`)).toBe(true);
    }));
  });
});
