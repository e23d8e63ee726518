import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Database } from '../db/database';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { todayInNl } from '../platform/nl-date';

export const PGLITE_TEMPLATE = resolve(import.meta.dirname, '../../../.tmp/pglite-template.tar.gz');
/** Seeded copies of the template made by this run's test files (openSeededTestDatabase); the global setup empties it. */
export const PGLITE_SEEDED = resolve(import.meta.dirname, '../../../.tmp/pglite-seeded');

/** A PGlite database of its own from a dump (writeDump's file). */
const fromDump = (dump: Buffer<ArrayBuffer>, appRole = 'wijkwijs_app') => openPglite({ appRole, loadDataDir: new Blob([dump]) });

/**
 * A migrated database for one test file: PostgreSQL when DATABASE_URL is set, else a fresh PGlite.
 * `appRole`: the role tenant work runs as (a test of what happens when it cannot be set names another).
 */
export async function openTestDatabase(appRole = 'wijkwijs_app'): Promise<Database> {
  if (process.env.DATABASE_URL) return openPostgres({ url: process.env.DATABASE_URL, appRole, poolSize: 4 });
  return fromDump(await readFile(PGLITE_TEMPLATE), appRole);
}

/**
 * Writes the database's data directory to `file`, first under a name of its own and then renamed
 * into place: a reader of `file` always gets one whole dump, also when two processes write it.
 */
export async function writeDump(db: Awaited<ReturnType<typeof openPglite>>, file: string): Promise<void> {
  const dump = await db.pglite.dumpDataDir('gzip');
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
}

/**
 * PGlite only: a database of its own for one test file, holding what `seed` writes into a fresh
 * one. The first file of a run that asks for `key` seeds and leaves a copy; later files with the
 * same key load the copy. Seeding the demo municipality (250 directory services with their search
 * documents and postings) took 4–7 s of every test file on a 2-core machine. The copy's name
 * carries the Dutch date, since the seed's dates are relative to today: a file that starts after
 * midnight seeds again. Two files may seed one key at the same time: each writes under a name of
 * its own and renames it into place (writeDump), so a reader always gets one whole copy.
 */
export async function openSeededTestDatabase(key: string, seed: (db: Database) => Promise<void>): Promise<Database> {
  const file = join(PGLITE_SEEDED, `${todayInNl()}-${key}.tar.gz`);
  const copy = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (copy) return fromDump(copy);
  const db = await fromDump(await readFile(PGLITE_TEMPLATE));
  await seed(db);
  await writeDump(db, file);
  return db;
}
