import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database';
import type { Database } from './database';

// A unit of work on either driver: PGlite, or PostgreSQL (pipelined, decision 0030) when DATABASE_URL is set.
let db: Database;
const table = `tx_probe_${process.pid}_${Date.now()}`;
const rows = async () => (await db.asOwner((sql) => sql.query<{ n: number }>(`select n from ${table} order by at`))).map((r) => r.n);
const insert = `insert into ${table} (n) values ($1)`;

beforeAll(async () => {
  db = await openTestDatabase();
  await db.asOwner((sql) => sql.exec(`create table ${table} (at serial primary key, n int not null)`));
});
afterAll(async () => {
  await db.asOwner((sql) => sql.exec(`drop table if exists ${table}`)).finally(() => db.close());
});

describe('statements sent with commit', () => {
  it('run after the work, in the order sent, and only when the transaction commits', async () => {
    await db.asOwner(async (sql) => {
      await sql.query(insert, [1]);
      sql.sendWithCommit(insert, [2]);
      sql.sendWithCommit(insert, [3]);
      await sql.query(insert, [4]);
      expect((await sql.query<{ n: number }>(`select n from ${table} order by at`)).map((r) => r.n)).toEqual([1, 4]);
    });
    expect(await rows()).toEqual([1, 4, 2, 3]);
    await expect(db.asOwner(async (sql) => {
      await sql.query(insert, [5]);
      sql.sendWithCommit(insert, [6]);
      throw new Error('changed my mind');
    })).rejects.toThrow('changed my mind');
    expect(await rows()).toEqual([1, 4, 2, 3]);
  });

  it('fail the whole transaction when one of them fails, and leave the connection usable', async () => {
    const before = await rows();
    await expect(db.asOwner(async (sql) => {
      await sql.query(insert, [7]);
      sql.sendWithCommit(insert, [null]);
      sql.sendWithCommit(insert, [8]);
      return 'answered';
    })).rejects.toThrow(/null value/);
    expect(await rows()).toEqual(before);
    // Every pooled connection still works (a broken one would fail one of these).
    await Promise.all(Array.from({ length: 8 }, (_, i) => db.asOwner((sql) => sql.query(insert, [100 + i]))));
    expect((await rows()).length).toBe(before.length + 8);
  });
});

describe('the start of a transaction', () => {
  it('runs none of the work when the role and tenant cannot be set', async () => {
    const wrongRole = await openTestDatabase('wijkwijs_no_such_role');
    try {
      const before = await rows();
      // The first statement goes out right behind begin on PostgreSQL; outside the failed
      // transaction it would have run as the connecting (owner) role, so it must not run at all.
      await expect(wrongRole.withTenant({ tenantId: '01a217d4-f15c-71f2-960a-6ba177fde847' }, (sql) => sql.query(insert, [9]))).rejects.toThrow(/role|aborted/);
      expect(await rows()).toEqual(before);
    } finally {
      await wrongRole.close();
    }
  });
});

describe('a read-only unit of work', () => {
  const tenantId = '01a217d4-f15c-71f2-960a-6ba177fde847';

  it('gives its rows back and refuses any write, also one sent with commit', async () => {
    const before = await rows();
    const read = () => db.withTenant({ tenantId, readOnly: true }, (sql) => sql.query<{ answer: number }>('select 42 as answer'));
    expect(await read()).toEqual([{ answer: 42 }]);
    await expect(db.withTenant({ tenantId, readOnly: true }, (sql) => sql.query(insert, [10]))).rejects.toThrow(/read-only/);
    await expect(db.withTenant({ tenantId, readOnly: true }, async (sql) => sql.sendWithCommit(insert, [11]))).rejects.toThrow(/read-only/);
    // Its commit is answered after the result went back; every pooled connection is free again.
    expect(await Promise.all(Array.from({ length: 8 }, read))).toEqual(Array.from({ length: 8 }, () => [{ answer: 42 }]));
    expect(await rows()).toEqual(before);
  });
});
