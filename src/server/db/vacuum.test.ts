import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database';

describe('vacuumAnalyze', () => {
  it('leaves the visibility map and statistics a bulk load needs, outside a transaction, on either driver', async () => {
    const db = await openTestDatabase();
    const table = `vacuum_probe_${process.pid}_${Date.now()}`;
    const pages = () => db.asOwner((sql) => sql.query<{ visible: number; tuples: number }>(
      `select relallvisible::int as visible, reltuples::int as tuples from pg_class where relname = $1`, [table]));
    try {
      await db.asOwner((sql) => sql.exec(`create table ${table} (n int); insert into ${table} select generate_series(1, 5000)`));
      expect((await pages())[0]).toMatchObject({ visible: 0 });
      await db.vacuumAnalyze();
      const [after] = await pages();
      expect(after!.visible).toBeGreaterThan(0);
      expect(after!.tuples).toBe(5000);
    } finally {
      await db.asOwner((sql) => sql.exec(`drop table if exists ${table}`)).finally(() => db.close());
    }
  });
});
