import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestTenant } from '../testing/test-app';

let t: TestApp;
let other: TestTenant;
beforeAll(async () => {
  t = await createTestApp();
  other = await t.addTenant();
});
afterAll(() => t.close());

/** The tables that hold a tenant's data: every one of them must be isolated by row-level security. */
async function tenantTables(): Promise<{ table: string; rls: boolean; forced: boolean; policies: number }[]> {
  return t.db.asOwner((sql) =>
    sql.query(
      `select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policies p where p.tablename = c.relname and p.schemaname = 'public') as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from information_schema.columns col where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id')
        order by c.relname`,
    ),
  );
}

describe('row-level security', () => {
  it('is enabled and forced, with a policy, on every table that has a tenant_id', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) expect(table, table.table).toMatchObject({ rls: true, forced: true });
    for (const table of tables) expect(table.policies, table.table).toBeGreaterThan(0);
  });

  it('puts tenant_id first in every primary key of a tenant table', async () => {
    const keys = await t.db.asOwner((sql) =>
      sql.query<{ table: string; first_column: string }>(
        `select tc.table_name as table, kcu.column_name as first_column
           from information_schema.table_constraints tc
           join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_name = tc.table_name and kcu.ordinal_position = 1
          where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
            and exists (select 1 from information_schema.columns c where c.table_schema = 'public' and c.table_name = tc.table_name and c.column_name = 'tenant_id')`,
      ),
    );
    for (const key of keys) expect(key.first_column, key.table).toBe('tenant_id');
  });

  it('keeps a query that forgets the tenant filter inside its own tenant', async () => {
    const seen = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ tenant_id: string }>('select distinct tenant_id from users'));
    expect(seen).toEqual([{ tenant_id: t.tenant.id }]);
    const persons = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ n: number }>('select count(*)::int as n from persons where tenant_id = $1', [other.id]));
    expect(persons[0]?.n).toBe(0);
  });

  it('does not let an unfiltered update or delete touch another tenant', async () => {
    await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
      await sql.query("update households set name = 'Overwritten'");
      await sql.query('delete from notifications');
    });
    const names = await t.db.withTenant({ tenantId: other.id }, (sql) => sql.query<{ name: string }>('select name from households'));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.name !== 'Overwritten')).toBe(true);
  });

  it('refuses to insert a row for another tenant', async () => {
    await expect(
      t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
        sql.query("insert into households (tenant_id, id, name) values ($1, '01900000-0000-7000-8000-000000000001', 'Sneaky')", [other.id]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('sees no tenant rows at all without a tenant', async () => {
    const rows = await t.db.withoutTenant((sql) => sql.query('select id from users'));
    expect(rows).toEqual([]);
  });

  it('runs the app as a role that owns nothing and cannot bypass row-level security', async () => {
    const [role] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ current_user: string; bypass: boolean; superuser: boolean }>(
        'select current_user, rolbypassrls as bypass, rolsuper as superuser from pg_roles where rolname = current_user',
      ),
    );
    expect(role).toEqual({ current_user: 'wijkwijs_app', bypass: false, superuser: false });
  });

  it('answers a signed-in user of one tenant with nothing from another tenant', async () => {
    const cookie = await t.signIn('admin@voorbeeld.nl', { tenant: other });
    const users = await t.request('GET', '/api/v1/users?limit=100', { cookie, tenant: other });
    expect(users.statusCode).toBe(200);
    const theirs = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string }>('select id from users'));
    const ids = new Set(users.json().items.map((u: { id: string }) => u.id));
    expect(theirs.some((u) => ids.has(u.id))).toBe(false);
    // The same cookie sent to the first tenant's host is no session there.
    expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(401);
  });
});

describe('transaction settings', () => {
  it('apply to the transaction that asks for them, with the tenant still set, and end with it', async () => {
    const setting = (sql: { query: <T>(text: string) => Promise<T[]> }) =>
      sql.query<{ timeout: string; tenant: string }>(`select current_setting('statement_timeout') as timeout, current_setting('app.tenant_id') as tenant`);
    const [inside] = await t.db.withTenant({ tenantId: t.tenant.id, settings: { statement_timeout: '4321' } }, setting);
    expect(inside).toEqual({ timeout: '4321ms', tenant: t.tenant.id });
    const [after] = await t.db.withTenant({ tenantId: t.tenant.id }, setting);
    expect(after?.timeout).not.toBe('4321ms');
  });
});
