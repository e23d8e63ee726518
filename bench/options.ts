/** Command-line options of `npm run bench`. Pure, so it can be tested without running anything. */
export type DbKind = 'pglite' | 'postgres';

export interface BenchOptions {
  dbs: DbKind[];
  /** Seconds of measured load per scenario. */
  duration: number;
  /** Seconds of unmeasured load before each measured run (JIT, caches, connection pool). */
  warmup: number;
  connections: number;
  /** Scenario ids to run; empty means all. */
  scenarios: string[];
  /** Restarts on the existing data, to take the median cold start of. */
  coldStarts: number;
  quick: boolean;
  /** Households added with `npm run generate` after the demo seed (0: demo data only). */
  households: number;
  /** Directory services added with `npm run generate -- --services` (0: the demo's 250 only). */
  services: number;
  /** Admin connection used to create and drop the throw-away benchmark database. */
  postgresAdminUrl: string;
  outDir: string;
}

export const USAGE = `Usage: npm run bench -- [options]
  --db pglite|postgres|both   databases to measure (default both)
  --duration <s>              measured seconds per scenario (default 10; --quick: 1)
  --warmup <s>                unmeasured seconds before each scenario (default 2; --quick: 0)
  --connections <n>           concurrent connections of the load generator (default 10)
  --scenarios a,b             scenario ids (default all; see bench/scenarios.ts)
  --cold-starts <n>           restarts on existing data for the median cold start (default 3; --quick: 1)
  --quick                     tiny durations, for a CI smoke run
  --households <n>            add n generated households to the demo data first (npm run generate)
  --services <n>              add n generated directory services first (npm run generate -- --services)
  --postgres-url <url>        admin URL for creating the bench database
                              (default $BENCH_POSTGRES_URL or postgres://postgres@127.0.0.1:5432/postgres)
  --out <dir>                 where latest.json and latest.md go (default bench/results)
  --help`;

export class UsageError extends Error {}

function positive(name: string, value: string | undefined, integer: boolean): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
    throw new UsageError(`${name} needs a ${integer ? 'whole ' : ''}number ≥ 0, got ${JSON.stringify(value ?? '')}`);
  return n;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | 'help' {
  const given = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument ${JSON.stringify(arg)}`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (name === 'quick') {
      given.set(name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    given.set(name, value);
  }
  const known = ['db', 'duration', 'warmup', 'connections', 'scenarios', 'cold-starts', 'quick', 'households', 'services', 'postgres-url', 'out'];
  for (const name of given.keys()) if (!known.includes(name)) throw new UsageError(`Unknown option --${name}\n${USAGE}`);

  const quick = given.get('quick') === true;
  const str = (name: string) => {
    const v = given.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const db = str('db') ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(db)) throw new UsageError(`--db must be pglite, postgres or both, got ${JSON.stringify(db)}`);
  const connections = str('connections') === undefined ? 10 : positive('--connections', str('connections'), true);
  if (connections < 1) throw new UsageError('--connections must be at least 1');
  const duration = str('duration') === undefined ? (quick ? 1 : 10) : positive('--duration', str('duration'), false);
  if (duration <= 0) throw new UsageError('--duration must be more than 0');
  return {
    dbs: db === 'both' ? ['pglite', 'postgres'] : [db as DbKind],
    duration,
    warmup: str('warmup') === undefined ? (quick ? 0 : 2) : positive('--warmup', str('warmup'), false),
    connections,
    scenarios: (str('scenarios') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    coldStarts: str('cold-starts') === undefined ? (quick ? 1 : 3) : positive('--cold-starts', str('cold-starts'), true),
    quick,
    households: str('households') === undefined ? 0 : positive('--households', str('households'), true),
    services: str('services') === undefined ? 0 : positive('--services', str('services'), true),
    postgresAdminUrl: str('postgres-url') ?? env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    outDir: str('out') ?? 'bench/results',
  };
}
