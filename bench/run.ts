import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBudgets } from './budgets';
import { buildWeb, FRONTEND_PAGES, measureBundles, runLighthouse, type FrontendResult } from './frontend';
import { createBenchDatabase, type BenchDatabase } from './databases';
import { measureDirectoryImport } from './directory-import';
import { runLoad } from './load';
import { currentLoadAverage, machineInfo } from './machine';
import { parseOptions, USAGE, UsageError, type BenchOptions, type BenchRun, type DbKind } from './options';
import { buildServerBundle, freePort, killAll, startServer, type ServerProcess } from './processes';
import { renderMarkdown, writeReport } from './report';
import { runLabel, type BenchReport, type DatabaseResult, type ScenarioResult, type StartupResult } from './results';
import { selectScenarios, type Scenario, type ScenarioContext } from './scenarios';
import { measureSteadiness, steadinessSummary, type SteadinessResult } from './steadiness';
import { SERVER_NODE_OPTIONS } from '../scripts/server-node-options.mjs';

/**
 * `npm run bench`: measures the Wijkwijs server against a bare Fastify hello world, on PGlite and
 * on PostgreSQL, and writes bench/results/latest.{json,md}. Budgets are reported, never asserted:
 * the exit code is non-zero only when something crashed or a scenario could not run at all.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
/** The bundle `npm start` runs (decision 0017), built at the start of every bench run. */
const SERVER_ENTRY = 'dist/server/main.mjs';
const BASELINE_ENTRY = 'bench/baseline-server.ts';
/** Same for every server start; the baseline has no logger either, so request logs stay off. */
const SERVER_ENV = { NODE_ENV: 'development', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DIRECTORY_PUBLIC_RATE_LIMIT: '100000' };

const say = (text: string) => console.log(`[bench] ${text}`);
const fmtMs = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function signInFor(baseUrl: string): (email: string) => Promise<string> {
  const cookies = new Map<string, string>();
  return async (email) => {
    const known = cookies.get(email);
    if (known) return known;
    const res = await fetch(`${baseUrl}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ email, password: process.env.BENCH_DEMO_PASSWORD ?? 'Wijkwijs-demo-2026' }),
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    const session = /wijkwijs_session=[^;]+/.exec(setCookie)?.[0];
    if (res.status !== 201 && res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    if (!session) throw new Error(`sign-in as ${email} set no wijkwijs_session cookie`);
    cookies.set(email, session);
    return session;
  };
}

async function measureScenario(scenario: Scenario, server: ServerProcess, ctx: ScenarioContext, options: BenchOptions, db: DbKind | null, runName: string = db ?? 'baseline'): Promise<ScenarioResult> {
  const label = `${runName}/${scenario.id}`;
  const result: ScenarioResult = { scenario: scenario.id, title: scenario.title, db, request: { method: '?', path: '?' }, checkStatus: null, load: null, memory: null, ratioToBaseline: null };
  try {
    const request = await scenario.request(ctx);
    result.request = { method: request.method, path: request.path };
    for (const path of request.sequence ?? [request.path]) {
      const check = await fetch(server.baseUrl + path, { method: request.method, headers: request.headers ?? {}, ...(request.body === undefined ? {} : { body: request.body }) });
      await check.arrayBuffer();
      result.checkStatus = check.status;
      if (check.status < 200 || check.status > 299) throw new Error(`${request.method} ${path} answered ${check.status} before the load`);
    }
    if (options.warmup > 0) await runLoad(server.baseUrl, request, { connections: options.connections, duration: options.warmup });
    result.load = await runLoad(server.baseUrl, request, { connections: options.connections, duration: options.duration });
    result.memory = await server.rss();
    const l = result.load;
    say(`${label}: ${l.requestsPerSecond.toFixed(0)} req/s, p50 ${fmtMs(l.latencyMs.p50)} ms, p95 ${fmtMs(l.latencyMs.p95)} ms, p99 ${fmtMs(l.latencyMs.p99)} ms, ` +
      `errors ${l.errors + l.timeouts}, non-2xx ${l.non2xx}, RSS ${result.memory.rssMB.toFixed(0)} MB`);
    if (options.steadyRate > 0 && scenario.budgets?.some((b) => b.metric !== 'ratio')) {
      const steady = await runLoad(server.baseUrl, request, { connections: options.connections, duration: options.steadyDuration, overallRate: options.steadyRate });
      result.steady = { rate: options.steadyRate, load: steady };
      say(`${label} at ${options.steadyRate} req/s: p50 ${fmtMs(steady.latencyMs.p50)} ms, p95 ${fmtMs(steady.latencyMs.p95)} ms, p99 ${fmtMs(steady.latencyMs.p99)} ms, ` +
        `errors ${steady.errors + steady.timeouts}, non-2xx ${steady.non2xx}`);
    }
  } catch (error) {
    result.error = errorText(error);
    say(`${label}: FAILED ${result.error}`);
  }
  return result;
}

/** Runs `npm run generate` against the bench database; returns its wall time in ms. */
async function runGenerator(env: Record<string, string>, households: number, services: number, logFile: string): Promise<number> {
  const started = performance.now();
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', ...(households > 0 ? ['--households', String(households)] : []), ...(services > 0 ? ['--services', String(services)] : [])], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`npm run generate exited with ${code}; see ${logFile}`);
  return performance.now() - started;
}

async function measureDatabase(
  run: BenchRun, scenarios: Scenario[], options: BenchOptions, logDir: string, cleanups: Set<() => Promise<void>>, afterLoad?: (server: ServerProcess) => Promise<void>,
): Promise<DatabaseResult> {
  const kind = run.db;
  const copied = kind === 'postgres' ? options.postgresTemplate : null;
  const result: DatabaseResult = {
    db: kind, generated: { households: run.households, services: run.services }, ...(copied ? { template: copied } : {}),
    description: kind, serverVersion: null, dataset: {}, startup: null, idleMemory: null, scenarios: [],
  };
  const label = runLabel(result);
  const logName = (what: string) => join(logDir, `${what}-${label.replace(/[^a-z0-9]+/gi, '-')}.log`);
  let db: BenchDatabase | null = null;
  let server: ServerProcess | null = null;
  try {
    db = await createBenchDatabase(kind, options.postgresAdminUrl, copied);
    const dispose = db.dispose;
    cleanups.add(dispose);
    result.description = db.description;
    const env = { ...SERVER_ENV, ...db.serverEnv, PORT: String(await freePort()) };
    const start = () => startServer({ name: `wijkwijs (${kind})`, entry: SERVER_ENTRY, nodeOptions: SERVER_NODE_OPTIONS, env, readyPath: '/health/ready', logFile: logName('server'), cwd: root });

    server = await start();
    // On a copy of a template the first start finds its data seeded already: not a first start.
    const startup: StartupResult = { firstStartMs: copied ? null : server.readyMs, firstStartSelfReportedMs: copied ? null : server.selfReportedReadyMs, coldStartsMs: [], coldStartMedianMs: null, coldStartsSelfReportedMs: [] };
    result.startup = startup;
    say(`${label}: ${copied ? `first start on a copy of ${copied}` : 'first start with migrations and demo seed'} ready after ${(server.readyMs / 1000).toFixed(2)} s`);
    await server.stop();
    server = null;

    if (run.households > 0 || run.services > 0) {
      const generated = await runGenerator(env, run.households, run.services, logName('generate'));
      result.dataset.generate_seconds = Math.round(generated / 100) / 10;
      say(`${label}: generated ${run.households} households and ${run.services} services in ${(generated / 1000).toFixed(1)} s`);
    }

    // Ids and facts straight from the database, with no server holding PGlite's data directory.
    const facts: Record<string, string> = {};
    await db.asOwner(async (sql) => {
      result.serverVersion = (await sql.query<{ v: string }>("select current_setting('server_version') as v"))[0]?.v ?? null;
      for (const table of ['households', 'persons', 'users', 'services']) {
        const rows = await sql.query<{ n: string | number }>(`select count(*)::int as n from ${table}`).catch(() => []);
        if (rows[0]) result.dataset[table] = Number(rows[0].n);
      }
      for (const scenario of scenarios) if (scenario.lookup) Object.assign(facts, await scenario.lookup(sql, { db: kind, quick: options.quick }));
    });

    for (let i = 0; i < options.coldStarts; i++) {
      server = await start();
      startup.coldStartsMs.push(server.readyMs);
      startup.coldStartsSelfReportedMs.push(server.selfReportedReadyMs);
      await server.stop();
      server = null;
    }
    startup.coldStartMedianMs = median(startup.coldStartsMs);
    if (startup.coldStartMedianMs !== null) say(`${label}: cold start on existing data, median ${(startup.coldStartMedianMs / 1000).toFixed(2)} s of ${startup.coldStartsMs.map((v) => (v / 1000).toFixed(2)).join(', ')} s`);

    server = await start();
    result.idleMemory = await server.rss();
    say(`${label}: server RSS when ready, before any load: ${result.idleMemory.rssMB.toFixed(0)} MB`);
    const ctx: ScenarioContext = { db: kind, baseUrl: server.baseUrl, facts, signIn: signInFor(server.baseUrl) };
    for (const scenario of scenarios) result.scenarios.push(await measureScenario(scenario, server, ctx, options, kind, label));
    if (afterLoad) await afterLoad(server);
    if (options.importServices > 0) {
      say(`${label}: directory import of ${options.importServices} HSDS services (preview, apply, re-import)`);
      const imported = await measureDirectoryImport(server, ctx.signIn, options.importServices);
      result.directoryImport = imported;
      if (imported.error) say(`${label}: directory import FAILED ${imported.error}`);
      for (const p of imported.phases) say(`${label}: directory import ${p.phase}: ${p.seconds.toFixed(1)} s, server RSS ${p.rssBeforeMB.toFixed(0)} → peak ${p.rssPeakMB.toFixed(0)} MB`);
    }
  } catch (error) {
    result.error = errorText(error);
    say(`${label}: FAILED ${result.error}`);
  } finally {
    await server?.stop().catch(() => undefined);
    if (db) {
      await db.dispose().catch((error: unknown) => say(`${label}: could not clean up: ${errorText(error)}`));
      cleanups.delete(db.dispose);
    }
  }
  return result;
}

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const began = Date.now();
  const scenarios = selectScenarios(options.scenarios);
  const outDir = resolve(root, options.outDir);
  const logDir = join(outDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const machine = machineInfo(root);
  say(`${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}; ${options.duration} s per scenario, ${options.connections} connections; logs in ${logDir}`);

  const cleanups = new Set<() => Promise<void>>();
  const onSignal = (signal: NodeJS.Signals) => {
    say(`${signal}: stopping servers and dropping the bench databases`);
    killAll();
    void Promise.allSettled([...cleanups].map((c) => c())).then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  // First, while nothing else of the bench runs: the floor under every latency figure below.
  let steadiness: SteadinessResult | null = null;
  if (options.steadinessSamples > 0) {
    const idleMs = options.steadyRate > 0 ? 1000 / options.steadyRate : 100;
    say(`machine steadiness: ${options.steadinessSamples} samples after ${idleMs} ms idle, ${options.steadinessSamples * 10} back to back`);
    try {
      steadiness = await measureSteadiness({ samples: options.steadinessSamples, idleMs });
      say(`machine steadiness: ${steadinessSummary(steadiness)}`);
    } catch (error) {
      say(`machine steadiness: not measured (${errorText(error)})`);
    }
  }

  let baseline: ScenarioResult | null = null;
  const baselineScenarios = scenarios.filter((s) => s.target === 'baseline');
  if (baselineScenarios.length) {
    const server = await startServer({ name: 'hello world', entry: BASELINE_ENTRY, env: { PORT: String(await freePort()) }, readyPath: '/health/ready', logFile: join(logDir, 'baseline.log'), cwd: root });
    try {
      const ctx: ScenarioContext = { db: 'pglite', baseUrl: server.baseUrl, facts: {}, signIn: () => Promise.reject(new Error('the baseline has no sign-in')) };
      for (const scenario of baselineScenarios) baseline = await measureScenario(scenario, server, ctx, options, null);
    } finally {
      await server.stop();
    }
  }

  let frontend: FrontendResult | null = null;
  if (options.frontend || options.lighthouse) {
    frontend = { entry: null, pages: [], gzipLevel: 6, buildMs: null, lighthouse: [], chromium: null };
    try {
      frontend.buildMs = await buildWeb(root, join(logDir, 'vite-build.log'));
      const bundles = await measureBundles(join(root, 'dist/web'), FRONTEND_PAGES);
      Object.assign(frontend, bundles);
      for (const b of [bundles.entry, ...bundles.pages]) say(`initial JavaScript, ${b.title}: ${(b.gzipBytes / 1000).toFixed(1)} kB gzipped (${(b.bytes / 1000).toFixed(0)} kB) in ${b.files.length} files`);
    } catch (error) {
      frontend.error = errorText(error);
      say(`front end: FAILED ${frontend.error}`);
    }
  }
  const lighthousePaths = options.lighthousePaths.length ? options.lighthousePaths : FRONTEND_PAGES.filter((p) => p.lighthouse).map((p) => p.path);
  // Lighthouse runs once, against the first database's server after its load scenarios.
  const lighthouseOn = async (server: ServerProcess) => {
    if (!frontend || !options.lighthouse || frontend.error) return;
    try {
      const { runs, chromium } = await runLighthouse(server.baseUrl, lighthousePaths, say, logDir);
      frontend.lighthouse = runs;
      frontend.chromium = chromium;
    } catch (error) {
      frontend.error = `Lighthouse: ${errorText(error)}`;
      say(`lighthouse: FAILED ${frontend.error}`);
    }
  };

  const appScenarios = scenarios.filter((s) => s.target === 'app');
  const databases: DatabaseResult[] = [];
  // Lighthouse needs a Wijkwijs server, so `--scenarios hello` with Lighthouse on still starts the databases' servers.
  const lighthouseWanted = Boolean(frontend && options.lighthouse && !frontend.error);
  if (appScenarios.length || lighthouseWanted) {
    await buildServerBundle(root, join(logDir, 'server-build.log'));
    for (const [i, run] of options.runs.entries()) databases.push(await measureDatabase(run, appScenarios, options, logDir, cleanups, i === 0 ? lighthouseOn : undefined));
  }

  const baseRps = baseline?.load?.requestsPerSecond;
  for (const d of databases) for (const r of d.scenarios) if (baseRps && r.load) r.ratioToBaseline = r.load.requestsPerSecond / baseRps;

  machine.loadAverage.end = currentLoadAverage();
  const report: BenchReport = {
    machine,
    steadiness,
    settings: { duration: options.duration, warmup: options.warmup, connections: options.connections, steadyRate: options.steadyRate, steadyDuration: options.steadyDuration, coldStarts: options.coldStarts, quick: options.quick, households: options.households, serverEnv: SERVER_ENV },
    baseline,
    databases,
    frontend,
    budgets: evaluateBudgets(databases, scenarios, frontend),
    totalSeconds: (Date.now() - began) / 1000,
  };
  const files = await writeReport(report, outDir);
  console.log('\n' + renderMarkdown(report));
  say(`wrote ${files.json} and ${files.md}`);

  const failures = [baseline, ...databases.flatMap((d) => d.scenarios)].filter((r) => r?.error).length + databases.filter((d) => d.error).length + (frontend?.error ? 1 : 0) +
    databases.filter((d) => d.directoryImport?.error).length;
  if (failures) say(`${failures} scenario(s) or database(s) could not be measured`);
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    killAll();
    process.exit(1);
  },
);
