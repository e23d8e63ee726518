import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database';
import { loadMigrations, migrate, MigrationError } from './migrate';

describe('migrate', () => {
  it('has forward-only migration files numbered without gaps', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => Number(m.version))).toEqual(migrations.map((_, i) => i + 1));
  });

  it('applies nothing twice, also when two instances start at once', async () => {
    const [a, b] = [await openTestDatabase(), await openTestDatabase()];
    try {
      // Both instances see the database the global set-up already migrated (or, on PGlite, their own copy).
      const results = await Promise.all([migrate(a), migrate(b), migrate(a)]);
      expect(results).toEqual([[], [], []]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('applies a new migration once under the lock, even when raced', async () => {
    const db = await openTestDatabase();
    try {
      const migrations = await loadMigrations();
      const name = `probe_${Date.now().toString(36)}`;
      const extra = { version: String(migrations.length + 1).padStart(4, '0'), name, sql: `create table ${name} (id int); insert into ${name} values (1);`, checksum: name };
      const raced = await Promise.all([migrate(db, [...migrations, extra]), migrate(db, [...migrations, extra])]);
      expect(raced.flat()).toEqual([`${extra.version}_${name}`]);
      const rows = await db.asOwner((sql) => sql.query(`select * from ${name}`));
      expect(rows).toHaveLength(1);
      // Clean up so other test files on the same PostgreSQL database see the real migration list.
      await db.asOwner(async (sql) => {
        await sql.query(`drop table ${name}`);
        await sql.query('delete from schema_migrations where version = $1 and name = $2', [extra.version, name]);
      });
    } finally {
      await db.close();
    }
  });

  it('refuses to start when an applied migration was edited', async () => {
    const db = await openTestDatabase();
    try {
      const migrations = await loadMigrations();
      const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
      await expect(migrate(db, edited)).rejects.toThrow(MigrationError);
    } finally {
      await db.close();
    }
  });
});
