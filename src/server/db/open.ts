import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../config';
import type { Database } from './database';

/**
 * PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in DATA_DIR/pglite. Only the
 * driver in use is loaded (decision 0017).
 */
export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_APP_ROLE' | 'DATABASE_POOL_SIZE'> & Partial<Pick<Config, 'PGLITE_SHARED_BUFFERS'>>,
): Promise<Database> {
  if (config.DATABASE_URL) {
    const { openPostgres } = await import('./postgres');
    return openPostgres({ url: config.DATABASE_URL, appRole: config.DATABASE_APP_ROLE, poolSize: config.DATABASE_POOL_SIZE });
  }
  const { openPglite } = await import('./pglite');
  const dataDir = resolve(config.DATA_DIR, 'pglite');
  await mkdir(dataDir, { recursive: true });
  return openPglite({ dataDir, appRole: config.DATABASE_APP_ROLE, ...(config.PGLITE_SHARED_BUFFERS ? { sharedBuffers: config.PGLITE_SHARED_BUFFERS } : {}) });
}
