import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Database } from '../db/database';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';

export const PGLITE_TEMPLATE = resolve(import.meta.dirname, '../../../.tmp/pglite-template.tar.gz');

/**
 * A migrated database for one test file: PostgreSQL when DATABASE_URL is set, else a fresh PGlite.
 * `appRole`: the role tenant work runs as (a test of what happens when it cannot be set names another).
 */
export async function openTestDatabase(appRole = 'wijkwijs_app'): Promise<Database> {
  if (process.env.DATABASE_URL) return openPostgres({ url: process.env.DATABASE_URL, appRole, poolSize: 4 });
  const template = await readFile(PGLITE_TEMPLATE);
  return openPglite({ appRole, loadDataDir: new Blob([template]) });
}
