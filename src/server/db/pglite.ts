import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Transaction } from '@electric-sql/pglite';
import { contextSettingsLiteral, type Database, type Sql, type TenantContext } from './database';

const extensions = { citext, pg_trgm, pgcrypto, unaccent };

function wrap(tx: Pick<Transaction, 'query' | 'exec'>): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await tx.query<T>(text, params as unknown[]);
      return result.rows;
    },
    async exec(text: string) {
      await tx.exec(text);
    },
  };
}

/** PGlite runs one connection; every unit of work is one transaction on it, queued by PGlite. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob; appRole: string; sharedBuffers?: string }): Promise<Database & { pglite: PGlite }> {
  const pglite = await PGlite.create({
    // PGlite's own start parameters plus a smaller buffer cache (default 16MB instead of 128MB):
    // pages it does not hold come from the operating system's file cache. Durability is unchanged.
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffers ?? '16MB'}`],
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions,
    // Same value shapes as the pg driver: dates and bigints as text, timestamps as Date.
    parsers: { 1082: (v: string) => v, 20: (v: string) => v },
  });
  const inContext = <T>(context: TenantContext | null, work: (sql: Sql) => Promise<T>) =>
    pglite.transaction(async (tx) => {
      // A parameterless statement through exec (simple protocol) costs about a third of a query.
      await tx.exec(contextSettingsLiteral(options.appRole, context));
      return work(wrap(tx));
    });
  return {
    kind: 'pglite',
    pglite,
    withTenant: (context, work) => inContext(context, work),
    withoutTenant: (work) => inContext(null, work),
    asOwner: (work) => pglite.transaction((tx) => work(wrap(tx))),
    async ping() {
      await pglite.query('select 1');
      return true;
    },
    async close() {
      await pglite.close();
    },
  };
}
