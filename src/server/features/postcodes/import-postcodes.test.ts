import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { parsePostcodeCsv } from './parse-postcode-csv';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ households: 2 });
  admin = await t.signIn('admin@voorbeeld.nl');
});
afterAll(() => t.close());

const upload = (body: string | Buffer, contentType = 'text/csv') =>
  t.app.inject({ method: 'POST', url: '/api/v1/postcode-areas', headers: { host: t.tenant.host, origin: `http://${t.tenant.host}`, cookie: admin, 'content-type': contentType }, payload: body });

describe('POST /api/v1/postcode-areas', () => {
  it('imports postcodes, with or without BOM, and places households in their neighbourhood', async () => {
    const coach = await t.signIn('coach@voorbeeld.nl');
    const created = await t.request('POST', '/api/v1/households', {
      cookie: coach, body: { members: [{ givenName: 'Ada', familyName: 'Postma', birthDate: '1980-01-01', role: 'parent' }], address: { street: 'Kade', houseNumber: '1', postcode: '9999ZZ', city: 'Voorbeeld' }, acknowledgeDuplicates: true },
    });
    expect(created.json().address.neighbourhoodName).toBeNull();
    const response = await upload('\ufeffpostcode,neighbourhood_code\r\n9999 zz,BU09990101\r\n1234AB,BU09990301\r\n');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ imported: 2, replaced: 0 });
    const file = (await t.request('GET', `/api/v1/households/${created.json().id}`, { cookie: coach })).json();
    expect(file.address).toMatchObject({ neighbourhoodName: 'Bloemenbuurt', districtName: 'Noord' });
    expect((await upload('postcode;neighbourhood_code\n9999ZZ;BU09990102\n')).json()).toEqual({ imported: 1, replaced: 1 });
  });

  it('imports nothing when one row is wrong, and names the row and field', async () => {
    const response = await upload('postcode,neighbourhood_code\n1111AA,BU09990101\n2222 BB,BU0999\n3333CC,BU99999999\n');
    expect(response.statusCode).toBe(400);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(['body.rows.2.neighbourhood_code', 'body.rows.3.neighbourhood_code']);
    expect(response.json().detail).toMatch(/Nothing was imported/);
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("select 1 from postcode_areas where postcode = '1111AA'"));
    expect(rows).toEqual([]);
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = Buffer.from('postcode,neighbourhood_code\n1111AA,BU09990101 caf\xe9\n', 'latin1');
    const response = await upload(latin1);
    expect(response.statusCode).toBe(415);
    expect(response.json().detail).toMatch(/UTF-8/);
  });

  it('is for administrators only', async () => {
    const coach = await t.signIn('coach@voorbeeld.nl');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/postcode-areas', headers: { host: t.tenant.host, origin: `http://${t.tenant.host}`, cookie: coach, 'content-type': 'text/csv' }, payload: 'postcode,neighbourhood_code\n' });
    expect(response.statusCode).toBe(403);
  });
});

describe('parsePostcodeCsv', () => {
  it('never throws, and either returns rows or names problems', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { rows, problems } = parsePostcodeCsv(`postcode,neighbourhood_code\n${text}`);
        return rows.every((r) => /^[1-9]\d{3}[A-Z]{2}$/.test(r.postcode) && /^BU\d{8}$/.test(r.neighbourhoodCode)) && problems.every((p) => p.name.startsWith('body'));
      }),
    );
  });

  it('round-trips every valid table', () => {
    const row = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.stringMatching(/^[A-Z]{2}$/), fc.integer({ min: 0, max: 99_999_999 }));
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => `${r[0]}${r[1]}`, minLength: 1, maxLength: 30 }), (table) => {
        const csv = ['postcode,neighbourhood_code', ...table.map(([n, l, b]) => `${n} ${l},BU${String(b).padStart(8, '0')}`)].join('\n');
        const { rows, problems } = parsePostcodeCsv(csv);
        return problems.length === 0 && rows.length === table.length;
      }),
    );
  });
});
