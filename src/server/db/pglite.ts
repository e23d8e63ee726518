import { PGlite, parse, protocol } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Transaction } from '@electric-sql/pglite';
import { contextSettingsLiteral, preparedName, type Database, type Sql, type TenantContext } from './database';

const extensions = { citext, pg_trgm, pgcrypto, unaccent };
const { serialize } = protocol;

/**
 * Named prepared statements on PGlite's single connection. `tx.query` sends parse, describe, bind,
 * describe, execute and sync as six calls into the WebAssembly module and plans every time; a
 * statement marked with `prepared` is parsed once, and each run is one call (bind, describe,
 * execute, sync) on a cached plan. Runs under PGlite's query lock, inside the caller's transaction.
 */
function preparedStatements(pglite: PGlite) {
  const parameterTypes = new Map<string, number[]>();
  const run = (message: Uint8Array) => pglite._runExclusiveQuery(() => pglite.execProtocolStream(message, { syncToFs: false }));
  const concat = (parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  return async function query<T>(name: string, text: string, params: readonly unknown[]): Promise<T[]> {
    let types = parameterTypes.get(name);
    if (!types) {
      types = parse.parseDescribeStatementResults(await run(concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()])));
      parameterTypes.set(name, types);
    }
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = pglite.serializers[types[i]!];
      return serializer ? serializer(value) : String(value);
    });
    const messages = await run(concat([serialize.bind({ statement: name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]));
    return parse.parseResults(messages, pglite.parsers)[0]!.rows as T[];
  };
}

function wrap(tx: Pick<Transaction, 'query' | 'exec'>, runPrepared: ReturnType<typeof preparedStatements>): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const name = preparedName(text);
      if (name) return runPrepared<T>(name, text, params);
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
  const runPrepared = preparedStatements(pglite);
  const inContext = <T>(context: TenantContext | null, work: (sql: Sql) => Promise<T>) =>
    pglite.transaction(async (tx) => {
      // A parameterless statement through exec (simple protocol) costs about a third of a query.
      await tx.exec(contextSettingsLiteral(options.appRole, context));
      return work(wrap(tx, runPrepared));
    });
  return {
    kind: 'pglite',
    pglite,
    withTenant: (context, work) => inContext(context, work),
    withoutTenant: (work) => inContext(null, work),
    asOwner: (work) => pglite.transaction((tx) => work(wrap(tx, runPrepared))),
    async ping() {
      await pglite.query('select 1');
      return true;
    },
    async close() {
      await pglite.close();
    },
  };
}
