import { rm } from 'node:fs/promises';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { PGLITE_SEEDED, PGLITE_TEMPLATE, writeDump } from './test-database';

/**
 * Migrates once per run: the PostgreSQL database in DATABASE_URL, or a PGlite template that each
 * test file loads (much faster than migrating PGlite per file). The seeded copies of an earlier
 * run were made from an earlier template: they go.
 */
export default async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    const db = openPostgres({ url: process.env.DATABASE_URL, appRole: 'wijkwijs_app', poolSize: 1 });
    await migrate(db);
    await db.close();
    return;
  }
  await rm(PGLITE_SEEDED, { recursive: true, force: true });
  const db = await openPglite({ appRole: 'wijkwijs_app' });
  await migrate(db);
  await writeDump(db, PGLITE_TEMPLATE);
  await db.close();
}
