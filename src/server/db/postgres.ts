import pg from 'pg';
import { contextSettingsLiteral, preparedName, shapeName, type Database, type Sql, type TenantContext } from './database';

// Dates, timestamps and bigints come back as strings, exactly as PGlite can be told to; the app
// converts at the edges. Keeping both drivers' values the same shape avoids driver-specific bugs.
const passThrough = (value: string) => value;
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (v) => new Date(v));
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (v) => new Date(v));
pg.types.setTypeParser(pg.types.builtins.DATE, passThrough);
pg.types.setTypeParser(pg.types.builtins.INT8, passThrough);

function wrap(client: pg.PoolClient): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const name = preparedName(text) ?? shapeName(text);
      // A named statement is parsed once per pooled connection (pg remembers which it has parsed).
      const result = await client.query(name ? { name, text, values: params as unknown[] } : { text, values: params as unknown[] });
      return result.rows as T[];
    },
    async exec(text: string) {
      await client.query(text);
    },
  };
}

export function openPostgres(options: { url: string; appRole: string; poolSize: number }): Database {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize });
  async function transaction<T>(context: TenantContext | null | 'owner', work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      // One round trip for begin and the tenant settings (simple protocol, no parameters).
      await client.query(context === 'owner' ? 'begin' : `begin; ${contextSettingsLiteral(options.appRole, context)}`);
      const result = await work(wrap(client));
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
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
    async close() {
      await pool.end();
    },
  };
}
