import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Database } from '../db/database';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { todayInNl } from '../platform/nl-date';

export const PGLITE_TEMPLATE = resolve(import.meta.dirname, '../../../.tmp/pglite-template.tar.gz');
/** Seeded copies of the template made by this run's test files (openSeededTestDatabase); the global setup empties it. */
export const PGLITE_SEEDED = resolve(import.meta.dirname, '../../../.tmp/pglite-seeded');

/**
 * A migrated database for one test file: PostgreSQL when DATABASE_URL is set, else a fresh PGlite.
 * `appRole`: the role tenant work runs as (a test of what happens when it cannot be set names another).
 */
export async function openTestDatabase(appRole = 'wijkwijs_app'): Promise<Database> {
  if (process.env.DATABASE_URL) return openPostgres({ url: process.env.DATABASE_URL, appRole, poolSize: 4 });
  return openPglite({ appRole, loadDataDir: new Blob([await readFile(PGLITE_TEMPLATE)]) });
}

/**
 * PGlite only: a database of its own for one test file, holding what `seed` writes into a fresh
 * one. The first file of a run that asks for `key` seeds and leaves a copy; later files with the
 * same key load the copy. Seeding the demo municipality (250 directory services with their search
 * documents and postings) took 4–7 s of every test file on a 2-core machine. The copy's name
 * carries the Dutch date, since the seed's dates are relative to today: a file that starts after
 * midnight seeds again. Two files may seed one key at the same time: each writes under a name of
 * its own and renames it into place, so a reader always gets one whole copy.
 */
export async function openSeededTestDatabase(key: string, seed: (db: Database) => Promise<void>): Promise<Database> {
  const file = join(PGLITE_SEEDED, `${todayInNl()}-${key}.tar.gz`);
  const copy = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (copy) return openPglite({ appRole: 'wijkwijs_app', loadDataDir: new Blob([copy]) });
  const db = await openPglite({ appRole: 'wijkwijs_app', loadDataDir: new Blob([await readFile(PGLITE_TEMPLATE)]) });
  await seed(db);
  const dump = await db.pglite.dumpDataDir('gzip');
  await mkdir(PGLITE_SEEDED, { recursive: true });
  const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return db;
}
