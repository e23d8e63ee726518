/** Command-line options of `npm run bench`. Pure, so it can be tested without running anything. */
export type DbKind = 'pglite' | 'postgres';

/** One database at one scale: households and services generated on top of the demo seed. */
export interface BenchRun {
  db: DbKind;
  households: number;
  services: number;
}

/** DESIGN.md's scales: PGlite at demo and 10k, PostgreSQL at 100k and 1M households (`--scale design`). */
export const DESIGN_SCALES: readonly BenchRun[] = [
  { db: 'pglite', households: 0, services: 0 },
  { db: 'pglite', households: 10_000, services: 10_000 },
  { db: 'postgres', households: 100_000, services: 100_000 },
  { db: 'postgres', households: 1_000_000, services: 100_000 },
];

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
  /** What is measured, in order: each database at each scale (from --scale, or --db × --households/--services). */
  runs: BenchRun[];
  /** Admin connection used to create and drop the throw-away benchmark database. */
  postgresAdminUrl: string;
  /**
   * A database each PostgreSQL run starts as a copy of (CREATE DATABASE … TEMPLATE), e.g. one made
   * once by `npm run generate -- --households 1000000`, instead of an empty one: a 1M run in
   * minutes, not the generator's half hour. Null: a fresh database.
   */
  postgresTemplate: string | null;
  outDir: string;
  /** Production build and initial JavaScript per page (default on; off with --quick). */
  frontend: boolean;
  /** Lighthouse on the public pages, mobile and desktop (default on; off with --quick). */
  lighthouse: boolean;
  /** Paths Lighthouse opens; default: the pages in bench/frontend.ts marked for it. */
  lighthousePaths: string[];
  /** Services in the HSDS file of the "Directory import" step (0: skipped, --no-import). */
  importServices: number;
  /**
   * Requests per second of the steady run that scenarios with a latency budget get after their
   * saturating run (0: none). The budget is judged on it: see bench/README.md "Latency budgets".
   */
  steadyRate: number;
  /** Seconds of each steady run: at 10 req/s, 30 s gives 300 answers, so p99 is not the single slowest. */
  steadyDuration: number;
  /** Samples of each after-idle probe of the machine's steadiness, back to back ten times as many (0: not measured). */
  steadinessSamples: number;
}

export const USAGE = `Usage: npm run bench -- [options]
  --db pglite|postgres|both   databases to measure (default both)
  --duration <s>              measured seconds per scenario (default 10; --quick: 1)
  --warmup <s>                unmeasured seconds before each scenario (default 2; --quick: 0)
  --connections <n>           concurrent connections of the load generator (default 10)
  --steady-rate <n>           req/s of the steady run that judges the latency budgets (default 10; 0: none)
  --steady-duration <s>       seconds of each steady run (default 30; --quick: 1)
  --steadiness-samples <n>    samples of the machine's steadiness after idle, before any server
                              starts (default 200, about 45 s; --quick: 10; 0: not measured)
  --scenarios a,b             scenario ids (default all; see bench/scenarios.ts)
  --cold-starts <n>           restarts on existing data for the median cold start (default 3; --quick: 1)
  --quick                     tiny durations, for a CI smoke run
  --households <n>            add n generated households to the demo data first (npm run generate)
  --services <n>              add n generated directory services first (npm run generate -- --services)
  --scale design|<runs>       databases and scales in one report, instead of --db/--households/--services:
                              design = pglite:0:0,pglite:10000:10000,postgres:100000:100000,postgres:1000000:100000
                              (db:households:services, generated on top of the demo seed)
  --postgres-url <url>        admin URL for creating the bench database
                              (default $BENCH_POSTGRES_URL or postgres://postgres@127.0.0.1:5432/postgres)
  --postgres-template <db>    PostgreSQL runs start as a copy of this database (generated before,
                              no other connections to it) instead of an empty one; households and
                              services of --scale are then added to it (give 0 to measure it as is)
  --out <dir>                 where latest.json and latest.md go (default bench/results)
  --frontend / --no-frontend  build the web app and report initial JavaScript per page (default on; --quick: off)
  --lighthouse / --no-lighthouse
                              Lighthouse on the public pages, mobile and desktop (default on; --quick: off)
  --lighthouse-paths /a,/b    pages for Lighthouse (default: bench/frontend.ts, e.g. /inloggen)
  --import-services <n>       services in the directory import step: preview, apply, re-import of
                              one HSDS JSON file (default 10000; --quick: 200)
  --no-import                 skip the directory import step
  --help

Environment: BENCH_PORTS=3225-3229 keeps servers to a port range; BENCH_DB_PREFIX names the
PostgreSQL bench database (default wijkwijs_bench); BENCH_CHROMIUM (default /usr/bin/chromium).`;

export class UsageError extends Error {}

const FLAGS = ['quick', 'frontend', 'no-frontend', 'lighthouse', 'no-lighthouse', 'no-import'];

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
    if (FLAGS.includes(name)) {
      given.set(name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    given.set(name, value);
  }
  const known = ['db', 'duration', 'warmup', 'connections', 'scenarios', 'cold-starts', 'households', 'services', 'postgres-url', 'postgres-template', 'out', 'lighthouse-paths', 'scale', 'import-services', 'steady-rate', 'steady-duration', 'steadiness-samples', ...FLAGS];
  for (const name of given.keys()) if (!known.includes(name)) throw new UsageError(`Unknown option --${name}\n${USAGE}`);

  const quick = given.get('quick') === true;
  const flag = (name: string) => (given.has(name) ? true : given.has(`no-${name}`) ? false : !quick);
  const lighthousePaths = (typeof given.get('lighthouse-paths') === 'string' ? String(given.get('lighthouse-paths')) : '').split(',').map((p) => p.trim()).filter(Boolean);
  for (const path of lighthousePaths) if (!path.startsWith('/')) throw new UsageError(`--lighthouse-paths takes paths starting with /, got ${JSON.stringify(path)}`);
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
  const dbs: DbKind[] = db === 'both' ? ['pglite', 'postgres'] : [db as DbKind];
  const households = str('households') === undefined ? 0 : positive('--households', str('households'), true);
  const services = str('services') === undefined ? 0 : positive('--services', str('services'), true);
  const postgresTemplate = str('postgres-template') ?? null;
  if (postgresTemplate !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(postgresTemplate)) throw new UsageError(`--postgres-template must be a lower-case database name, got ${JSON.stringify(postgresTemplate)}`);
  const scale = str('scale');
  if (scale !== undefined && (given.has('db') || given.has('households') || given.has('services')))
    throw new UsageError('--scale replaces --db, --households and --services; give one or the other');
  return {
    dbs: scale === undefined ? dbs : [...new Set(parseScale(scale).map((r) => r.db))],
    duration,
    warmup: str('warmup') === undefined ? (quick ? 0 : 2) : positive('--warmup', str('warmup'), false),
    connections,
    scenarios: (str('scenarios') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    coldStarts: str('cold-starts') === undefined ? (quick ? 1 : 3) : positive('--cold-starts', str('cold-starts'), true),
    quick,
    households,
    services,
    runs: scale === undefined ? dbs.map((d) => ({ db: d, households, services })) : parseScale(scale),
    postgresAdminUrl: str('postgres-url') ?? env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    postgresTemplate,
    outDir: str('out') ?? 'bench/results',
    frontend: flag('frontend'),
    lighthouse: flag('lighthouse') || lighthousePaths.length > 0,
    lighthousePaths,
    steadyRate: str('steady-rate') === undefined ? 10 : positive('--steady-rate', str('steady-rate'), false),
    steadyDuration: str('steady-duration') === undefined ? (quick ? 1 : 30) : positive('--steady-duration', str('steady-duration'), false),
    steadinessSamples: str('steadiness-samples') === undefined ? (quick ? 10 : 200) : positive('--steadiness-samples', str('steadiness-samples'), true),
    importServices: given.has('no-import') ? 0 : str('import-services') === undefined ? (quick ? 200 : 10_000) : positive('--import-services', str('import-services'), true),
  };
}

/** `design`, or runs as `db:households[:services]` separated by commas, e.g. `pglite:0,postgres:100000:100000`. */
export function parseScale(value: string): BenchRun[] {
  if (value === 'design') return DESIGN_SCALES.map((r) => ({ ...r }));
  const runs = value.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [db, households = '0', services = '0', ...rest] = part.split(':');
    if (db !== 'pglite' && db !== 'postgres') throw new UsageError(`--scale: each run starts with pglite or postgres, got ${JSON.stringify(part)}`);
    if (rest.length) throw new UsageError(`--scale: a run is db:households:services, got ${JSON.stringify(part)}`);
    return { db, households: positive('--scale households', households, true), services: positive('--scale services', services, true) } satisfies BenchRun;
  });
  if (!runs.length) throw new UsageError('--scale needs design or at least one run like pglite:10000:10000');
  return runs;
}
