import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database';

describe('settleAfterBulkLoad', () => {
  it('leaves the visibility map and statistics a bulk load needs and a checkpoint, outside a transaction, on either driver', async () => {
    const db = await openTestDatabase();
    const table = `vacuum_probe_${process.pid}_${Date.now()}`;
    const pages = () => db.asOwner((sql) => sql.query<{ visible: number; tuples: number }>(
      `select relallvisible::int as visible, reltuples::int as tuples from pg_class where relname = $1`, [table]));
    try {
      await db.asOwner((sql) => sql.exec(`create table ${table} (n int); insert into ${table} select generate_series(1, 5000)`));
      expect((await pages())[0]).toMatchObject({ visible: 0 });
      const checkpoint = () => db.asOwner((sql) => sql.query<{ lsn: string }>('select checkpoint_lsn::text as lsn from pg_control_checkpoint()'));
      const [before] = await checkpoint();
      await db.settleAfterBulkLoad();
      expect((await checkpoint())[0]!.lsn).not.toBe(before!.lsn);
      // On PostgreSQL the suite's other files share the database: a transaction of theirs that
      // began before the insert keeps vacuum from marking its pages all-visible until it ends.
      for (let attempt = 0; attempt < 40 && !(await pages())[0]!.visible; attempt++) {
        await new Promise((done) => setTimeout(done, 250));
        await db.settleAfterBulkLoad();
      }
      const [after] = await pages();
      expect(after!.visible).toBeGreaterThan(0);
      expect(after!.tuples).toBe(5000);
    } finally {
      await db.asOwner((sql) => sql.exec(`drop table if exists ${table}`)).finally(() => db.close());
    }
  }, 180_000);
});
