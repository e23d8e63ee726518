import pg from 'pg';
import { contextSettingsLiteral, NOTIFY_CHANNELS, preparedName, shapeName, type Database, type NotifyListener, type Sql, type TenantContext } from './database';
import { listenOn, PROBE_PREFIX } from './postgres-listen';

// Dates, timestamps and bigints come back as strings, exactly as PGlite can be told to; the app
// converts at the edges. Keeping both drivers' values the same shape avoids driver-specific bugs.
const passThrough = (value: string) => value;
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (v) => new Date(v));
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (v) => new Date(v));
pg.types.setTypeParser(pg.types.builtins.DATE, passThrough);
pg.types.setTypeParser(pg.types.builtins.INT8, passThrough);

interface Statement {
  text: string;
  params: readonly unknown[];
}

function send(client: pg.PoolClient, { text, params }: Statement) {
  const name = preparedName(text) ?? shapeName(text);
  // A named statement is parsed once per pooled connection (pg remembers which it has parsed).
  return client.query(name ? { name, text, values: params as unknown[] } : { text, values: params as unknown[] });
}

/**
 * `opened`: the answer to `begin` and the tenant settings, which were sent without waiting for it.
 * A statement's rows are given back only once that answer has come (answers come in order), so no
 * statement is sent after a failed `begin`; one whose settings failed aborts the transaction, and
 * every statement behind it fails with it.
 */
function wrap(client: pg.PoolClient, opened: Promise<unknown>, atCommit: Statement[]): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const [, result] = await Promise.all([opened, send(client, { text, params })]);
      return result.rows as T[];
    },
    async exec(text: string) {
      await opened;
      await client.query(text);
    },
    sendWithCommit(text: string, params: readonly unknown[] = []) {
      atCommit.push({ text, params });
    },
  };
}

export function openPostgres(options: { url: string; appRole: string; poolSize: number }): Database {
  // Pipelining (decision 0030): a statement goes out while the one before it is still being answered,
  // which `transaction` uses for `begin` with the first statement, and for `commit` with the
  // statements sent with it. Statements whose input depends on an answer still wait for it.
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize, pipeline: true });
  // Every pooled connection listens too: PostgreSQL sends a listening connection the announcements
  // of its own transaction before the answer to its commit, so this server has heard of its own
  // changes before the transaction's caller goes on (the dedicated connection hears them later).
  const listeners = new Map<string, Set<NotifyListener>>();
  const hear = (message: pg.Notification) => {
    const payload = message.payload ?? '';
    if (payload.startsWith(PROBE_PREFIX)) return;
    for (const listener of listeners.get(message.channel) ?? []) listener.notify(payload);
  };
  pool.on('connect', (client) => {
    client.on('notification', hear);
    client.query(NOTIFY_CHANNELS.map((channel) => `listen ${channel}`).join('; ')).catch(() => undefined);
  });
  async function transaction<T>(context: TenantContext | null | 'owner', work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const readOnly = context !== null && context !== 'owner' && context.readOnly === true;
    let releaseNow = true;
    try {
      // begin and the tenant settings in one simple-protocol statement (no parameters); the work's
      // first statement follows it on the wire without waiting for its answer.
      const begin = readOnly ? 'begin read only' : 'begin';
      const opened = client.query(context === 'owner' ? begin : `${begin}; ${contextSettingsLiteral(options.appRole, context)}`);
      opened.catch(() => undefined); // awaited below and by every statement; never unhandled
      const atCommit: Statement[] = [];
      const result = await work(wrap(client, opened, atCommit));
      await opened;
      if (readOnly && !atCommit.length) {
        // Nothing to make durable: the result goes back now, the connection once commit is answered.
        releaseNow = false;
        client.query('commit').then(() => client.release(), (error: Error) => client.release(error));
        return result;
      }
      // The statements sent with commit and the commit itself in one round trip. When one of them
      // fails, PostgreSQL answers the commit with a rollback and its error fails the transaction.
      await Promise.all([...atCommit.map((statement) => send(client, statement)), client.query('commit')]);
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      if (releaseNow) client.release();
    }
  }
  return {
    kind: 'postgres',
    withTenant: (context, work) => transaction(context, work),
    withoutTenant: (work) => transaction(null, work),
    asOwner: (work) => transaction('owner', work),
    async settleAfterBulkLoad() {
      await pool.query('vacuum (analyze)');
      await pool.query('checkpoint');
    },
    async ping() {
      await pool.query('select 1');
      return true;
    },
    async listen(channel, listener) {
      const own = listeners.get(channel) ?? new Set();
      listeners.set(channel, own.add(listener));
      const dedicated = listenOn({
        url: options.url, channel, listener, applicationName: 'wijkwijs-listener',
        probe: async (payload) => void (await pool.query('select pg_notify($1, $2)', [channel, payload])),
      });
      await dedicated.started;
      return async () => {
        own.delete(listener);
        await dedicated.stop();
      };
    },
    async close() {
      await pool.end();
    },
  };
}
