import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdsCoordinatedBy } from '../../testing/household-kit';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { csvCell } from './search-audit-events';
import { todayInNl } from '../../platform/nl-date';

let t: TestApp;
let admin: string;
let household: { id: string; personIds: string[] };
beforeAll(async () => {
  t = await createTestApp({ households: 4 });
  admin = await t.signIn('admin@voorbeeld.nl');
  household = (await householdsCoordinatedBy(t, 'coach@voorbeeld.nl'))[0]!;
  const coach = await t.signIn('coach@voorbeeld.nl');
  await t.request('GET', `/api/v1/households/${household.id}`, { cookie: coach });
});
afterAll(() => t.close());

describe('GET /api/v1/audit-events', () => {
  it('finds who read a person\'s data, with role and access point', async () => {
    const personId = household.personIds[0]!;
    const response = await t.request('GET', `/api/v1/audit-events?personId=${personId}`, { cookie: admin });
    expect(response.statusCode).toBe(200);
    const reads = response.json().items.filter((e: { eventType: string }) => e.eventType === 'person.read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ personId, userName: 'Sanne de Vries', onBehalfRole: 'coach', action: 'read', outcome: 'success' });
    expect(reads[0].ip).toBeTruthy();
  });

  it('filters by user and period', async () => {
    const me = (await t.request('GET', '/api/v1/me', { cookie: await t.signIn('coach@voorbeeld.nl') })).json();
    const today = todayInNl(); // the filter's days are Amsterdam days
    const byUser = (await t.request('GET', `/api/v1/audit-events?userId=${me.id}&from=${today}&to=${today}&limit=100`, { cookie: admin })).json().items;
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.every((e: { userId: string }) => e.userId === me.id)).toBe(true);
    const past = (await t.request('GET', `/api/v1/audit-events?userId=${me.id}&from=2020-01-01&to=2020-12-31`, { cookie: admin })).json().items;
    expect(past).toEqual([]);
    const backwards = await t.request('GET', `/api/v1/audit-events?from=2026-02-01&to=2026-01-01`, { cookie: admin });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().invalidParams[0].name).toBe('query.to');
  });

  it('exports the search as CSV and audits the export', async () => {
    const response = await t.request('GET', `/api/v1/audit-events?personId=${household.personIds[0]}&format=csv`, { cookie: admin });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = response.body.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^seq,occurredAt,eventType,/);
    expect(lines.some((l) => l.includes('person.read'))).toBe(true);
    const exports = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("select 1 from audit_events where event_type = 'audit.exported'"));
    expect(exports.length).toBeGreaterThan(0);
  });

  it('is only for administrators', async () => {
    const coach = await t.signIn('coach@voorbeeld.nl');
    expect((await t.request('GET', '/api/v1/audit-events', { cookie: coach })).statusCode).toBe(403);
  });
});

describe('csvCell', () => {
  it('quotes separators and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
  });
});
