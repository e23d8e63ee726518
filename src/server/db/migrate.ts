import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
// Any fixed number: every instance of Wijkwijs takes the same lock before migrating.
const MIGRATION_LOCK_KEY = 72_477_001;

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(`${dir}/${file}`, 'utf8');
      return {
        version: file.slice(0, 4),
        name: file.slice(5, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    }),
  );
}

export class MigrationError extends Error {}

/**
 * Applies pending migrations in one transaction under an advisory lock, so two instances starting
 * at once cannot race: the second waits, then finds nothing left to do. An applied migration
 * whose file has changed stops the start: migrations are forward-only.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  return db.asOwner(async (sql) => {
    await sql.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await sql.query(`create table if not exists schema_migrations (
      version text primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`);
    const applied = await sql.query<{ version: string; checksum: string }>('select version, checksum from schema_migrations');
    const appliedByVersion = new Map(applied.map((row) => [row.version, row.checksum]));
    const done: string[] = [];
    for (const migration of all) {
      const checksum = appliedByVersion.get(migration.version);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum)
          throw new MigrationError(`Migration ${migration.version}_${migration.name} was changed after it was applied; add a new migration instead.`);
        continue;
      }
      await sql.exec(migration.sql);
      await sql.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [migration.version, migration.name, migration.checksum]);
      done.push(`${migration.version}_${migration.name}`);
    }
    return done;
  });
}
