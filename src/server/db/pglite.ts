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
 * PGlite has no autovacuum, so nothing invalidates a cached generic plan while tables grow: a plan
 * made on a nearly empty table (a sequential scan) would stay. Named statements are therefore
 * prepared again after this long (decision record 0014, like 0009 for the audit trigger).
 */
export const PREPARED_MAX_AGE_MS = 5 * 60_000;

/**
 * Statements on PGlite's single connection in two calls into the WebAssembly module instead of
 * `tx.query`'s six (parse, describe, bind, describe, execute, sync, one call each): parse and
 * describe the parameter types, then bind, describe, execute and sync in one message. A statement
 * marked with `prepared` is parsed once under its name and keeps PostgreSQL's cached plan, so each
 * later run is a single call. Runs under PGlite's query lock, inside the caller's transaction.
 */
export function protocolStatements(pglite: PGlite, clock: { now(): number; maxAgeMs: number } = { now: Date.now, maxAgeMs: PREPARED_MAX_AGE_MS }) {
  // The promise, not its value, so two runs of a new statement in one transaction parse it once.
  const preparedAt = new Map<string, { types: Promise<number[]>; at: number }>();
  // A database error names its statement (never its parameters) for the log, as PGlite's own query does.
  const run = (message: Uint8Array, text: string) =>
    pglite._runExclusiveQuery(() => pglite.execProtocolStream(message, { syncToFs: false })).catch((error: unknown) => {
      if (error instanceof Error && 'severity' in error) Object.assign(error, { query: text });
      throw error;
    });
  const concat = (parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  /** `name` undefined: the unnamed statement, parsed and planned on every run as `tx.query` does. */
  return async function query<T>(name: string | undefined, text: string, params: readonly unknown[]): Promise<T[]> {
    const known = name === undefined ? undefined : preparedAt.get(name);
    let pending = known && clock.now() - known.at < clock.maxAgeMs ? known.types : undefined;
    if (!pending) {
      const statement = name ?? '';
      // An expired statement is closed and parsed again, so its next plans see today's table sizes.
      const close = known ? [serialize.close({ type: 'S', name: statement })] : [];
      pending = run(concat([...close, serialize.parse({ name: statement, text }), serialize.describe({ type: 'S', name: statement }), serialize.sync()]), text).then(parse.parseDescribeStatementResults);
      if (name !== undefined) {
        preparedAt.set(name, { types: pending, at: clock.now() });
        pending.catch(() => preparedAt.get(name)?.types === pending && preparedAt.delete(name));
      }
    }
    const types = await pending;
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = pglite.serializers[types[i]!];
      return serializer ? serializer(value) : String(value);
    });
    const messages = await run(concat([serialize.bind({ statement: name ?? '', values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]), text);
    return parse.parseResults(messages, pglite.parsers)[0]!.rows as T[];
  };
}

/**
 * Runs `work` on PGlite's connection inside `tx`, then the statements it sent with commit (in order;
 * there is no round trip to save in-process, only the same order and all-or-nothing as on PostgreSQL).
 */
async function runWork<T>(tx: Pick<Transaction, 'exec'>, run: ReturnType<typeof protocolStatements>, work: (sql: Sql) => Promise<T>): Promise<T> {
  const atCommit: { text: string; params: readonly unknown[] }[] = [];
  const result = await work({
    query: <R>(text: string, params: readonly unknown[] = []) => run<R>(preparedName(text), text, params),
    async exec(text: string) {
      await tx.exec(text);
    },
    sendWithCommit(text: string, params: readonly unknown[] = []) {
      atCommit.push({ text, params });
    },
  });
  for (const { text, params } of atCommit) await run(preparedName(text), text, params);
  return result;
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
  const run = protocolStatements(pglite);
  const inContext = <T>(context: TenantContext | null, work: (sql: Sql) => Promise<T>) =>
    pglite.transaction(async (tx) => {
      // A parameterless statement through exec (simple protocol) costs about a third of a query.
      await tx.exec(`${context?.readOnly ? 'set transaction read only; ' : ''}${contextSettingsLiteral(options.appRole, context)}`);
      return runWork(tx, run, work);
    });
  return {
    kind: 'pglite',
    pglite,
    withTenant: (context, work) => inContext(context, work),
    withoutTenant: (work) => inContext(null, work),
    asOwner: (work) => pglite.transaction((tx) => runWork(tx, run, work)),
    async settleAfterBulkLoad() {
      await pglite.exec('vacuum (analyze)');
      await pglite.exec('checkpoint');
    },
    async ping() {
      await pglite.query('select 1');
      return true;
    },
    // One connection, in this process: it hears every announcement, its own at its commit (PGlite
    // calls the listener in a microtask queued while it reads the commit's answer), and is never lost.
    async listen(channel, listener) {
      const unlisten = await pglite.listen(channel, (payload) => listener.notify(payload));
      listener.up();
      return unlisten;
    },
    async close() {
      await pglite.close();
    },
  };
}
