import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../db/database';
import { testEvent, testVisitor as visitorOf, writeToAuditLane } from '../testing/audit-lane';
import { createTestApp, type TestApp } from '../testing/test-app';
import { audit, auditAll, auditNow, verifyAuditChain } from './audit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 2 });
});
afterAll(() => t.close());

interface ChainRow { seq: number; lane: number; prev: string | null; hash: string }

const eventIn = (tenantId: string, lane: number, i: number) =>
  t.db.withTenant({ tenantId }, async (sql) => {
    await writeToAuditLane(sql, tenantId, lane);
    audit(sql, visitorOf(tenantId), testEvent(i));
  });
const chain = async (tenantId: string) =>
  (await t.db.asOwner((sql) => sql.query<{ seq: string; lane: number; prev: string | null; hash: string }>(
    "select seq, lane, encode(prev_hash, 'hex') as prev, encode(hash, 'hex') as hash from audit_events where tenant_id = $1 order by seq", [tenantId],
  ))).map((r): ChainRow => ({ ...r, seq: Number(r.seq) }));
const check = (tenantId: string) => t.db.asOwner((sql) => verifyAuditChain(sql, tenantId));

/** Each event links to the one before it in its own lane, and seq only increases. */
function expectLinkedPerLane(rows: ChainRow[]) {
  const last = new Map<number, string>();
  rows.forEach((row, i) => {
    if (i > 0) expect(row.seq).toBeGreaterThan(rows[i - 1]!.seq);
    expect(row.prev).toBe(last.get(row.lane) ?? null);
    last.set(row.lane, row.hash);
  });
}

describe('audit log', () => {
  const visitor = () => visitorOf(t.tenant.id);

  it('chains each event to the one before it in its lane', async () => {
    for (let i = 0; i < 5; i++) await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => audit(sql, visitor(), testEvent(i)));
    const rows = await chain(t.tenant.id);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expectLinkedPerLane(rows);
    expect(await check(t.tenant.id)).toEqual({ checked: rows.length, firstBreak: null });
  });

  it('cannot be changed or deleted by the app role', async () => {
    await expect(t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("update audit_events set event_type = 'x.y'"))).rejects.toThrow(/permission denied/);
    await expect(t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query('delete from audit_events'))).rejects.toThrow(/permission denied/);
  });

  it('reports the first broken event when someone with owner rights alters one', async () => {
    const third = (await chain(t.tenant.id))[2]!;
    await t.db.asOwner((sql) => sql.query("update audit_events set details = '{\"i\": 99}' where tenant_id = $1 and seq = $2", [t.tenant.id, third.seq]));
    expect((await check(t.tenant.id)).firstBreak).toEqual({ seq: third.seq, problem: 'hash_mismatch' });
  });
});

describe('audit chain lanes', () => {
  let tenantId: string;
  beforeAll(async () => {
    tenantId = (await t.addTenant()).id;
  });

  it('keeps the events of one transaction in one lane, in order', async () => {
    await t.db.withTenant({ tenantId }, async (sql) => {
      auditAll(sql, visitorOf(tenantId), [testEvent(1), testEvent(2), testEvent(3)]);
      audit(sql, visitorOf(tenantId), testEvent(4));
    });
    const rows = await chain(tenantId);
    const written = rows.slice(-4);
    expect(new Set(written.map((r) => r.lane)).size).toBe(1);
    expectLinkedPerLane(rows);
  });

  it('verifies chains spread over several lanes, old lane 0 included', async () => {
    for (const [i, lane] of [0, 5, 0, 15, 5, 0].entries()) await eventIn(tenantId, lane, i);
    const rows = await chain(tenantId);
    expect([0, 5, 15].every((lane) => rows.some((r) => r.lane === lane))).toBe(true);
    expectLinkedPerLane(rows);
    expect(await check(tenantId)).toEqual({ checked: rows.length, firstBreak: null });
  });

  it('numbers events written at the same time uniquely and in order, with intact chains', async () => {
    const before = (await chain(tenantId)).length;
    await Promise.all(Array.from({ length: 12 }, (_, i) => t.db.withTenant({ tenantId }, async (sql) => audit(sql, visitorOf(tenantId), testEvent(i)))));
    const rows = await chain(tenantId);
    expect(rows).toHaveLength(before + 12);
    expectLinkedPerLane(rows);
    expect((await check(tenantId)).firstBreak).toBeNull();
  });

  it('leaves a gap, not a broken chain, for a rolled-back event', async () => {
    await expect(t.db.withTenant({ tenantId }, async (sql) => {
      await writeToAuditLane(sql, tenantId, 5);
      await auditNow(sql, visitorOf(tenantId), [testEvent(0)]); // numbered now, then rolled back
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    await eventIn(tenantId, 5, 99);
    const lane5 = (await chain(tenantId)).filter((r) => r.lane === 5);
    expect(lane5.at(-1)!.seq - lane5.at(-2)!.seq).toBeGreaterThan(1);
    expect((await check(tenantId)).firstBreak).toBeNull();
  });

  it('goes on from the event before a savepoint when the transaction rolls back to it', async () => {
    await t.db.withTenant({ tenantId }, async (sql) => {
      await auditNow(sql, visitorOf(tenantId), [testEvent(1)]);
      await sql.query('savepoint before_second');
      await auditNow(sql, visitorOf(tenantId), [testEvent(2)]);
      await sql.query('rollback to savepoint before_second');
      await auditNow(sql, visitorOf(tenantId), [testEvent(3)]);
    });
    const rows = await chain(tenantId);
    const [first, third] = rows.slice(-2);
    expect(third!.prev).toBe(first!.hash);
    expectLinkedPerLane(rows);
    expect((await check(tenantId)).firstBreak).toBeNull();
  });

  it('hashes each event inside the trigger, not through a call of audit_event_hash (migration 0026)', async () => {
    // A SQL function PostgreSQL does not inline is parsed and planned again in every transaction
    // that calls it from PL/pgSQL; an inlined one shows no calls in the function statistics.
    const calls = await t.db.asOwner(async (sql) => {
      await sql.query("select set_config('track_functions', 'all', true)");
      await sql.query(
        `insert into audit_events (tenant_id, id, event_type, action, details)
         select $1, gen_random_uuid(), 'test.event', 'execute', jsonb_build_object('i', g) from generate_series(1, 8) g`,
        [tenantId],
      );
      const read = (fn: string) => sql.query<{ n: string | null }>(`select pg_stat_get_xact_function_calls('${fn}'::regproc) as n`);
      return { hash: Number((await read('audit_event_hash'))[0]!.n ?? 0), trigger: Number((await read('audit_events_chain'))[0]!.n ?? 0) };
    });
    expect(calls).toEqual({ hash: 0, trigger: 8 });
    expect((await check(tenantId)).firstBreak).toBeNull();
  });

  it('looks the previous event of a lane up through its index, not by reading the whole log', async () => {
    // The trigger's lookup as planned inside the function (migrations 0009, 0014 and 0025): no
    // sequential scan, even on a table the planner thinks is tiny.
    const plan = await t.db.asOwner(async (sql) => {
      await sql.query("select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)");
      return sql.query<{ 'QUERY PLAN': string }>('explain select hash from audit_events where tenant_id = $1 and lane between 3 and 3 order by lane desc, seq desc limit 1', [tenantId]);
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Scan Backward using audit_events_lane/);
    const settings = await t.db.asOwner((sql) => sql.query<{ proconfig: string[] }>("select proconfig from pg_proc where proname = 'audit_events_chain'"));
    expect(settings[0]?.proconfig).toEqual(expect.arrayContaining(['enable_seqscan=off', 'enable_bitmapscan=off', 'enable_sort=off']));
  });

  it.skipIf(!process.env.DATABASE_URL)('keeps a transaction on its lane when the lane it would start from is free again', async () => {
    const other = await t.addTenant();
    const step = () => {
      let resolve!: () => void;
      return { done: new Promise<void>((r) => (resolve = r)), resolve };
    };
    const [startKnown, startTaken, firstWritten, released] = [step(), step(), step(), step()];
    let start = -1;
    const lanes: number[] = [];
    await Promise.all([
      t.db.withTenant({ tenantId: other.id }, async (sql) => {
        start = Number((await sql.query<{ pid: number }>('select pg_backend_pid() as pid'))[0]!.pid) % 16;
        startKnown.resolve();
        await startTaken.done;
        await auditNow(sql, visitorOf(other.id), [testEvent(1)]); // its start lane is busy: the next one
        firstWritten.resolve();
        await released.done;
        await auditNow(sql, visitorOf(other.id), [testEvent(2)]); // the start lane is free now
        lanes.push(...(await sql.query<{ lane: number }>("select lane from audit_events where event_type = 'test.event' order by seq")).map((r) => r.lane));
      }),
      t.db.withTenant({ tenantId: other.id }, async (sql) => {
        await startKnown.done;
        try {
          await writeToAuditLane(sql, other.id, start);
          await auditNow(sql, visitorOf(other.id), [{ eventType: 'test.holder', action: 'execute' }]);
        } finally {
          startTaken.resolve();
        }
        await firstWritten.done;
      }).finally(() => released.resolve()),
    ]);
    expect(lanes).toEqual([(start + 1) % 16, (start + 1) % 16]);
    expect((await check(other.id)).firstBreak).toBeNull();
  });

  it.skipIf(!process.env.DATABASE_URL)('lets two open transactions of one tenant write without waiting for each other', async () => {
    const other = await t.addTenant();
    const before = (await chain(other.id)).length;
    let firstWrote!: () => void;
    const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
    let secondDone!: () => void;
    const done = new Promise<void>((resolve) => (secondDone = resolve));
    const write = (sql: Sql, i: number) =>
      // A wait for the other transaction's lane would fail here instead of hanging the test.
      sql.query("select set_config('lock_timeout', '2s', true)").then(() => auditNow(sql, visitorOf(other.id), [testEvent(i)]));
    await Promise.all([
      t.db.withTenant({ tenantId: other.id }, async (sql) => {
        try {
          await write(sql, 1);
        } finally {
          firstWrote();
        }
        await done; // still open, holding its lane, while the second transaction writes
      }),
      t.db.withTenant({ tenantId: other.id }, async (sql) => {
        await wrote;
        try {
          await write(sql, 2);
        } finally {
          secondDone();
        }
      }),
    ]);
    const rows = await chain(other.id);
    expect(rows).toHaveLength(before + 2);
    const [first, second] = rows.slice(-2);
    expect(first!.lane).not.toBe(second!.lane);
    expect((await check(other.id)).firstBreak).toBeNull();
  });
});

describe('audit chain tampering across lanes', () => {
  let tenantId: string;
  let rows: ChainRow[];
  beforeAll(async () => {
    tenantId = (await t.addTenant()).id;
    for (const [i, lane] of [2, 7, 2, 7, 2, 7].entries()) await eventIn(tenantId, lane, i);
    rows = await chain(tenantId);
  });
  const remove = (seq: number) => t.db.asOwner((sql) => sql.query('delete from audit_events where tenant_id = $1 and seq = $2', [tenantId, seq]));
  const inLane = (lane: number) => rows.filter((r) => r.lane === lane);

  it('reports a removed event in the middle of a lane as a broken link at the next event of that lane', async () => {
    const [, middle, next] = inLane(7);
    await remove(middle!.seq);
    expect((await check(tenantId)).firstBreak).toEqual({ seq: next!.seq, problem: 'broken_link' });
  });

  it('reports a removed first event of a lane as missing', async () => {
    const [head, next] = inLane(2);
    await remove(head!.seq);
    expect((await check(tenantId)).firstBreak).toEqual({ seq: next!.seq, problem: 'missing_event' });
  });

  it('notices an event moved to another lane', async () => {
    const fresh = (await t.addTenant()).id;
    for (const [i, lane] of [1, 1, 4].entries()) await eventIn(fresh, lane, i);
    const [, second] = await chain(fresh);
    await t.db.asOwner((sql) => sql.query('update audit_events set lane = 4 where tenant_id = $1 and seq = $2', [fresh, second!.seq]));
    expect((await check(fresh)).firstBreak?.seq).toBe(second!.seq);
  });
});
