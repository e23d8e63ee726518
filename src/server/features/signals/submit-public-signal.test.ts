import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshIp, send } from '../../testing/api-fixtures';
import { fieldsOf } from '../../testing/household-kit';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ZUID_POSTCODE } from './signal-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 2 });
});
afterAll(() => t.close());

const url = '/api/v1/public/signals';
const worry = (overrides: Record<string, unknown> = {}) => ({ kind: 'worry', message: 'De buurjongen zit elke avond alleen buiten, ook als het koud is.', anonymous: true, ...overrides });
const submit = (body: unknown, ip = freshIp()) => send(t, { method: 'POST', url, body, ip });
const storedCount = () => t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => Number((await sql.query<{ n: string }>("select count(*) as n from signals where source = 'public'"))[0]!.n));

describe('the public signal form', () => {
  it('takes a worry without an account and answers with a reference, routed by postcode', async () => {
    const response = await submit(worry({ postcode: ZUID_POSTCODE, anonymous: false, name: 'Els de Buurvrouw', phone: '06 1234 5678', aboutName: 'Daan' }));
    expect(response.statusCode).toBe(202);
    expect(Object.keys(response.json())).toEqual(['reference']);
    expect(response.json().reference).toMatch(/^SIG-\d{4}-[A-Z0-9]{6}$/);
    const zuid = await t.signIn('coach.zuid@voorbeeld.nl');
    const queue = (await t.request('GET', '/api/v1/signals?limit=100', { cookie: zuid })).json();
    expect(queue.items.find((s: { reference: string }) => s.reference === response.json().reference)).toMatchObject({ source: 'public', subjectName: 'Daan' });
  });

  it('answers the same for a known and an unknown person: nothing is looked up', async () => {
    const known = await submit(worry({ aboutName: 'Milan Jansen', kind: 'question' }));
    const unknown = await submit(worry({ aboutName: 'Niemand Onbekend', kind: 'question' }));
    expect(known.statusCode).toBe(unknown.statusCode);
    expect(Object.keys(known.json())).toEqual(Object.keys(unknown.json()));
    expect(known.headers['content-length']).toBe(unknown.headers['content-length']);
  });

  it('asks a named sender for a name and a way to reach them, naming the fields', async () => {
    const bad = await submit(worry({ anonymous: false }));
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json()).sort()).toEqual(['body.email', 'body.name']);
    const empty = await submit({ kind: 'gripe', message: '', anonymous: 'yes' });
    expect(fieldsOf(empty.json()).sort()).toEqual(['body.anonymous', 'body.kind', 'body.message']);
    expect(fieldsOf((await submit(worry({ message: 'x'.repeat(5001) }))).json())).toEqual(['body.message']);
  });

  it('refuses a body over its size limit', async () => {
    expect((await submit(worry({ website: undefined, aboutName: 'y'.repeat(20_000) }))).statusCode).toBe(413);
  });

  it('drops a submission with the honeypot filled while answering as if it were taken', async () => {
    const before = await storedCount();
    const trapped = await submit(worry({ website: 'http://spam.example' }));
    expect(trapped.statusCode).toBe(202);
    expect(trapped.json().reference).toMatch(/^SIG-\d{4}-[A-Z0-9]{6}$/);
    expect(await storedCount()).toBe(before);
  });

  it('refuses the 11th submission within a minute from one address with 429 problem+json', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect((await submit(worry(), ip)).statusCode).toBe(202);
    const eleventh = await submit(worry(), ip);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.headers['content-type']).toContain('application/problem+json');
    expect(eleventh.json()).toMatchObject({ status: 429, code: 'too_many_requests' });
    expect((await submit(worry(), freshIp())).statusCode).toBe(202);
  });
});
