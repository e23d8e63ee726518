import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Sql } from '../src/server/db/database';
import { openDatabase } from '../src/server/db/open';
import type { DbKind } from './options';

/**
 * A throw-away database for one benchmark: a fresh PGlite data directory, or a fresh database
 * `wijkwijs_bench_<timestamp>` on the PostgreSQL server, dropped afterwards.
 */
export interface BenchDatabase {
  kind: DbKind;
  /** What the report says about where the data lived. */
  description: string;
  /** Environment for the Wijkwijs server (DATA_DIR always, DATABASE_URL for PostgreSQL). */
  serverEnv: Record<string, string>;
  /** Runs `work` as the database owner; for PGlite only while no server holds the data directory. */
  asOwner<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

async function openAndRun<T>(env: Record<string, string>, work: (sql: Sql) => Promise<T>): Promise<T> {
  const db = await openDatabase({
    DATA_DIR: env.DATA_DIR ?? '',
    DATABASE_URL: env.DATABASE_URL,
    DATABASE_APP_ROLE: 'wijkwijs_app',
    DATABASE_POOL_SIZE: 1,
  });
  try {
    return await db.asOwner(work);
  } finally {
    await db.close();
  }
}

/** `wijkwijs_bench_<timestamp>_<pid>`; `BENCH_DB_PREFIX` replaces `wijkwijs_bench` on a shared server. */
export function benchDatabaseName(now = new Date(), prefix = process.env.BENCH_DB_PREFIX || 'wijkwijs_bench'): string {
  if (!/^[a-z_][a-z0-9_]{0,30}$/.test(prefix)) throw new Error(`BENCH_DB_PREFIX must be a lower-case identifier, got ${JSON.stringify(prefix)}`);
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${prefix}_${stamp}_${process.pid}`;
}

/** A throw-away database for one run: PGlite in a new directory, or a new PostgreSQL database, empty or a copy of `template`. */
export async function createBenchDatabase(kind: DbKind, postgresAdminUrl: string, template: string | null = null): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), `wijkwijs-bench-${kind}-`));
  if (kind === 'pglite') {
    const serverEnv = { DATA_DIR: dataDir };
    return {
      kind,
      description: 'PGlite, fresh data directory',
      serverEnv,
      asOwner: (work) => openAndRun(serverEnv, work),
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }

  const name = benchDatabaseName();
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    // Names are checked identifiers (benchDatabaseName, the option's pattern): no quoting needed.
    // A copy is made file by file, between two checkpoints (PostgreSQL 15+): its gigabytes are on
    // disk when the run starts. The default (WAL_LOG) writes them through the WAL and leaves them to
    // the checkpointer, which then flushes them while the scenarios are measured.
    const fileCopy = template && Number((await admin.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]?.v) >= 150000;
    await admin.query(`create database ${name}${template ? ` template ${template}${fileCopy ? ' strategy file_copy' : ''}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const serverEnv = { DATA_DIR: dataDir, DATABASE_URL: url.toString(), DEMO_MODE: 'true' };
  let disposed = false;
  return {
    kind,
    description: `PostgreSQL at ${url.host}, ${template ? `database ${name}, a copy of ${template}` : `fresh database ${name}`}`,
    serverEnv,
    asOwner: (work) => openAndRun(serverEnv, work),
    async dispose() {
      if (disposed) return;
      disposed = true;
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
