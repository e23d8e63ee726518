import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { audit, verifyAuditChain } from './audit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 2 });
});
afterAll(() => t.close());

const visitor = () => ({ tenantId: t.tenant.id, ip: '127.0.0.1', userAgent: 'vitest' });
const verify = () => t.db.asOwner((sql) => verifyAuditChain(sql, t.tenant.id));

describe('audit log', () => {
  it('chains each event to the one before it', async () => {
    for (let i = 0; i < 5; i++) await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => audit(sql, visitor(), { eventType: 'test.event', action: 'execute', details: { i } }));
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ seq: string; prev: string | null; hash: string }>("select seq, encode(prev_hash, 'hex') as prev, encode(hash, 'hex') as hash from audit_events order by seq"),
    );
    expect(rows.length).toBeGreaterThanOrEqual(6);
    rows.forEach((row, i) => {
      expect(Number(row.seq)).toBe(i + 1);
      expect(row.prev).toBe(i === 0 ? null : rows[i - 1]!.hash);
    });
    expect(await verify()).toEqual({ checked: rows.length, firstBreak: null });
  });

  it('cannot be changed or deleted by the app role', async () => {
    await expect(t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("update audit_events set event_type = 'x.y'"))).rejects.toThrow(/permission denied/);
    await expect(t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query('delete from audit_events'))).rejects.toThrow(/permission denied/);
  });

  it('reports the first broken link when someone with owner rights alters an event', async () => {
    await t.db.asOwner((sql) => sql.query("update audit_events set details = '{\"i\": 99}' where tenant_id = $1 and seq = 3", [t.tenant.id]));
    expect((await verify()).firstBreak).toEqual({ seq: 3, problem: 'hash_mismatch' });
  });

  it('reports a removed event as missing', async () => {
    await t.db.asOwner((sql) => sql.query('delete from audit_events where tenant_id = $1 and seq = 2', [t.tenant.id]));
    expect((await verify()).firstBreak).toEqual({ seq: 3, problem: 'missing_event' });
  });
});

describe('audit chain under concurrent writers and rollbacks', () => {
  let tenantId: string;
  beforeAll(async () => {
    tenantId = (await t.addTenant()).id;
  });
  const event = (i: number) => t.db.withTenant({ tenantId }, (sql) => audit(sql, { tenantId, ip: '127.0.0.1', userAgent: 'vitest' }, { eventType: 'test.event', action: 'execute', details: { i } }));
  const check = () => t.db.asOwner((sql) => verifyAuditChain(sql, tenantId));
  const seqs = async () =>
    (await t.db.asOwner((sql) => sql.query<{ seq: string }>('select seq from audit_events where tenant_id = $1 order by seq', [tenantId]))).map((r) => Number(r.seq));

  it('numbers events written at the same time without gaps or forks', async () => {
    const before = (await seqs()).length;
    await Promise.all(Array.from({ length: 12 }, (_, i) => event(i)));
    expect(await seqs()).toEqual(Array.from({ length: before + 12 }, (_, i) => i + 1));
    expect((await check()).firstBreak).toBeNull();
  });

  it('gives a rolled-back event number back', async () => {
    await expect(t.db.withTenant({ tenantId }, async (sql) => {
      await audit(sql, { tenantId, ip: '127.0.0.1', userAgent: 'vitest' }, { eventType: 'test.event', action: 'execute' });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    await event(99);
    const all = await seqs();
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect((await check()).firstBreak).toBeNull();
  });

  it('looks the previous event up through the primary key, not by reading the whole log', async () => {
    // The trigger's lookup as planned inside the function (migration 0009): no sequential scan,
    // even on a table the planner thinks is tiny.
    const plan = await t.db.asOwner(async (sql) => {
      await sql.query("select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)");
      return sql.query<{ 'QUERY PLAN': string }>('explain select seq, hash from audit_events where tenant_id = $1 order by seq desc limit 1', [tenantId]);
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Scan Backward using audit_events_pkey/);
    const settings = await t.db.asOwner((sql) => sql.query<{ proconfig: string[] }>("select proconfig from pg_proc where proname = 'audit_events_chain'"));
    expect(settings[0]?.proconfig).toEqual(expect.arrayContaining(['enable_seqscan=off', 'enable_bitmapscan=off', 'enable_sort=off']));
  });
});
