import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestTenant } from '../testing/test-app';
import { prepared, preparedName } from './database';

let t: TestApp;
let other: TestTenant;
beforeAll(async () => {
  t = await createTestApp();
  other = await t.addTenant();
});
afterAll(() => t.close());

const USERS_BY_ROLE = prepared('test_users_by_role', 'select email, roles, created_at from users where tenant_id = app_tenant_id() and $1 = any(roles) order by email');
const UNPREPARED = 'select email, roles, created_at from users where tenant_id = app_tenant_id() and $1 = any(roles) order by email';
const ECHO = prepared('test_echo', 'select $1::uuid[] as ids, $2::jsonb as details, $3::int as n, $4::text as nothing, $5::date as day');
const FAILS = prepared('test_fails', 'select 1 / $1::int as quotient');

describe('prepared statements', () => {
  it('returns exactly what the same unprepared statement returns', async () => {
    for (let run = 0; run < 8; run++) {
      const [viaPrepared, viaText] = await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => [await sql.query(USERS_BY_ROLE, ['coach']), await sql.query(`${UNPREPARED} `, ['coach'])]);
      expect(viaPrepared.length).toBeGreaterThan(0);
      expect(viaPrepared).toEqual(viaText);
    }
  });

  it('keeps row-level security per transaction: a plan cached in one tenant shows nothing of it in another', async () => {
    const emails = (tenantId: string) => t.db.withTenant({ tenantId }, (sql) => sql.query<{ email: string }>(USERS_BY_ROLE, ['coach'])).then((rows) => rows.map((r) => r.email));
    // Past the five custom plans, so PostgreSQL may use its generic plan.
    for (let run = 0; run < 7; run++) await emails(t.tenant.id);
    const mine = await emails(t.tenant.id);
    const theirs = await emails(other.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    const ownerView = await t.db.asOwner((sql) => sql.query<{ email: string; tenant_id: string }>('select email, tenant_id from users where email = any($1)', [[...mine, ...theirs]]));
    for (const email of theirs) expect(ownerView.filter((r) => r.email === email).map((r) => r.tenant_id)).toContain(other.id);
    expect(await t.db.withTenant({ tenantId: '00000000-0000-0000-0000-000000000000' }, (sql) => sql.query(USERS_BY_ROLE, ['coach']))).toEqual([]);
  });

  it('sends parameters of every type and returns values in the shapes the app expects', async () => {
    const ids = ['01a217d4-f15c-71f2-960a-6ba177fde847', '01a217d4-f15c-71f2-960a-6ba177fde848'];
    const [row] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query(ECHO, [ids, JSON.stringify({ a: [1, 'b'] }), 7, null, '2026-03-01']));
    expect(row).toEqual({ ids, details: { a: [1, 'b'] }, n: 7, nothing: null, day: '2026-03-01' });
  });

  it('reports a failing run as a database error, rolls the transaction back, and works again afterwards', async () => {
    await expect(t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query(FAILS, [0]))).rejects.toMatchObject({ code: '22012' });
    expect(await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query(FAILS, [2]))).toEqual([{ quotient: 0 }]);
  });

  it('refuses a second name for one text and one name for two texts', () => {
    expect(preparedName(USERS_BY_ROLE)).toBe('test_users_by_role');
    expect(prepared('test_users_by_role', USERS_BY_ROLE)).toBe(USERS_BY_ROLE);
    expect(() => prepared('test_other_name', USERS_BY_ROLE)).toThrow(/already prepared/);
    expect(() => prepared('test_echo', 'select 2')).toThrow(/Two statements/);
    expect(() => prepared('Bad-Name', 'select 3')).toThrow(/identifier/);
  });
});
