import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateBudgets, frontendBudgets } from './budgets';
import { measureBundles, type FrontendResult } from './frontend';
import { parseOptions, UsageError } from './options';
import { renderMarkdown } from './report';
import { runLabel, type BenchReport, type DatabaseResult, type ScenarioResult } from './results';
import { SCENARIOS, selectScenarios } from './scenarios';
import { measureSteadiness, spread, type SteadinessResult } from './steadiness';

// The bench's own logic only; it never runs a load here and never judges a timing.
describe('bench options', () => {
  it('has defaults for a full run and smaller ones for --quick', () => {
    const full = parseOptions([], {});
    expect(full).toMatchObject({ dbs: ['pglite', 'postgres'], duration: 10, connections: 10, coldStarts: 3, quick: false, scenarios: [] });
    expect(parseOptions(['--quick'], {})).toMatchObject({ duration: 1, warmup: 0, coldStarts: 1, quick: true, frontend: false, lighthouse: false });
    expect(full).toMatchObject({ frontend: true, lighthouse: true, lighthousePaths: [], steadyRate: 10, steadyDuration: 30 });
    expect(parseOptions(['--quick'], {})).toMatchObject({ steadyDuration: 1 });
    expect(parseOptions(['--steady-duration', '60'], {})).toMatchObject({ steadyDuration: 60 });
    expect(parseOptions(['--steady-rate', '25'], {})).toMatchObject({ steadyRate: 25 });
    expect(parseOptions(['--steady-rate=0'], {})).toMatchObject({ steadyRate: 0 });
    expect(() => parseOptions(['--steady-rate', 'fast'], {})).toThrow(UsageError);
  });

  it('reads --db, --duration, --connections and --scenarios in both spellings', () => {
    expect(parseOptions(['--db', 'postgres', '--duration=3', '--connections', '4', '--scenarios', 'hello, me'], {}))
      .toMatchObject({ dbs: ['postgres'], duration: 3, connections: 4, scenarios: ['hello', 'me'] });
  });

  it('turns the front end and Lighthouse on or off, and takes Lighthouse paths', () => {
    expect(parseOptions(['--quick', '--lighthouse'], {})).toMatchObject({ frontend: false, lighthouse: true });
    expect(parseOptions(['--no-lighthouse', '--no-frontend'], {})).toMatchObject({ frontend: false, lighthouse: false });
    expect(parseOptions(['--quick', '--lighthouse-paths', '/inloggen,/sociale-kaart'], {})).toMatchObject({ lighthouse: true, lighthousePaths: ['/inloggen', '/sociale-kaart'] });
    expect(() => parseOptions(['--lighthouse-paths', 'inloggen'], {})).toThrow(UsageError);
  });

  it('runs each database at each scale: --db × --households/--services, or --scale', () => {
    expect(parseOptions(['--households', '5'], {})).toMatchObject({ runs: [{ db: 'pglite', households: 5, services: 0 }, { db: 'postgres', households: 5, services: 0 }] });
    expect(parseOptions(['--scale', 'design'], {})).toMatchObject({
      dbs: ['pglite', 'postgres'],
      runs: [{ db: 'pglite', households: 0, services: 0 }, { db: 'pglite', households: 10_000, services: 10_000 }, { db: 'postgres', households: 100_000, services: 100_000 }, { db: 'postgres', households: 1_000_000, services: 100_000 }],
    });
    expect(parseOptions(['--scale', 'postgres:20:3, pglite'], {})).toMatchObject({ dbs: ['postgres', 'pglite'], runs: [{ db: 'postgres', households: 20, services: 3 }, { db: 'pglite', households: 0, services: 0 }] });
    expect(() => parseOptions(['--scale', 'mysql:10'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--scale', 'pglite:ten'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--scale', 'pglite:1:2:3'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--scale', 'design', '--db', 'pglite'], {})).toThrow(/replaces/);
  });

  it('starts PostgreSQL runs as a copy of a generated database with --postgres-template', () => {
    expect(parseOptions([], {})).toMatchObject({ postgresTemplate: null });
    expect(parseOptions(['--postgres-template', 'hh1m', '--scale', 'postgres:0:0'], {})).toMatchObject({ postgresTemplate: 'hh1m', runs: [{ db: 'postgres', households: 0, services: 0 }] });
    expect(() => parseOptions(['--postgres-template', 'hh1m; drop database postgres'], {})).toThrow(UsageError);
    expect(runLabel({ db: 'postgres', generated: { households: 0, services: 0 }, template: 'hh1m' })).toBe('postgres hh1m');
    expect(runLabel({ db: 'postgres', generated: { households: 0, services: 100_000 }, template: 'hh1m' })).toBe('postgres hh1m + 100k svc');
    expect(runLabel({ db: 'postgres', generated: { households: 0, services: 0 } })).toBe('postgres demo');
  });

  it('sizes the directory import step: 10,000 services, 200 with --quick, any number, or none', () => {
    expect(parseOptions([], {})).toMatchObject({ importServices: 10_000 });
    expect(parseOptions(['--quick'], {})).toMatchObject({ importServices: 200 });
    expect(parseOptions(['--quick', '--import-services', '50000'], {})).toMatchObject({ importServices: 50_000 });
    expect(parseOptions(['--no-import'], {})).toMatchObject({ importServices: 0 });
    expect(() => parseOptions(['--import-services', 'many'], {})).toThrow(UsageError);
  });

  it('probes the machine\'s steadiness with 200 samples, 10 with --quick, or not at all', () => {
    expect(parseOptions([], {})).toMatchObject({ steadinessSamples: 200 });
    expect(parseOptions(['--quick'], {})).toMatchObject({ steadinessSamples: 10 });
    expect(parseOptions(['--steadiness-samples', '0'], {})).toMatchObject({ steadinessSamples: 0 });
    expect(() => parseOptions(['--steadiness-samples', '1.5'], {})).toThrow(UsageError);
  });

  it('refuses unknown options and bad values', () => {
    expect(() => parseOptions(['--db', 'mysql'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--duration', 'soon'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--connections', '0'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--fast'], {})).toThrow(UsageError);
  });

  it('selects scenarios by id and names the known ones for a typo', () => {
    expect(selectScenarios(['me']).map((s) => s.id)).toEqual(['me']);
    expect(() => selectScenarios(['nope'])).toThrow(/known: hello/);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });
});

describe('bench report', () => {
  const load = (rps: number, p99: number) => ({
    durationSeconds: 1, requestsPerSecond: rps, completedRequests: rps, ok2xx: rps, non2xx: 0, statusCodes: { 200: rps }, errors: 0, timeouts: 0,
    latencyMs: { p50: p99 / 3, p95: p99 / 2, p99, max: p99, mean: p99 / 3 },
  });
  const scenario = (id: string, db: 'pglite' | 'postgres' | null, rps: number, ratio: number | null, rss: number): ScenarioResult => ({
    scenario: id, title: id, db, request: { method: 'GET', path: '/' }, checkStatus: 200, load: load(rps, 12), memory: { rssMB: rss, peakMB: rss }, ratioToBaseline: ratio,
  });
  const databases: DatabaseResult[] = [
    { db: 'pglite', description: 'PGlite', serverVersion: '17', dataset: { households: 300 }, idleMemory: { rssMB: 250, peakMB: 260 }, scenarios: [scenario('me', 'pglite', 600, 0.6, 310)],
      startup: { firstStartMs: 7000, firstStartSelfReportedMs: 6900, coldStartsMs: [900, 1000, 6000], coldStartMedianMs: 1000, coldStartsSelfReportedMs: [800, 900, null] } },
    { db: 'postgres', description: 'PostgreSQL', serverVersion: '15', dataset: {}, scenarios: [scenario('household', 'postgres', 40, 0.04, 200)], startup: null, idleMemory: null, error: undefined,
      directoryImport: { services: 10_000, fileMB: 12.9, phases: [
        { phase: 'preview', seconds: 8.04, status: 'checked', rssBeforeMB: 200, rssPeakMB: 260 },
        { phase: 'apply', seconds: 20.5, status: 'applied', rssBeforeMB: 250, rssPeakMB: 290 },
        { phase: 're-import', seconds: 7.2, status: 'applied', rssBeforeMB: 270, rssPeakMB: 280 },
      ] } },
  ];

  it('turns DESIGN budgets into target vs measured rows with a verdict, without asserting them', () => {
    const rows = evaluateBudgets(databases, SCENARIOS);
    expect(rows.find((r) => r.name.includes('(me)'))).toMatchObject({ db: 'pglite', met: true, measured: '0.60 ×' });
    expect(rows.find((r) => r.name.includes('throughput') && r.db === 'postgres')).toMatchObject({ met: false, measured: '0.040 ×' });
    expect(rows.find((r) => r.name.includes('p99'))).toMatchObject({ db: 'postgres', met: null });
    expect(rows.find((r) => r.name.startsWith('startup') && r.db === 'pglite')).toMatchObject({ met: true });
    expect(rows.find((r) => r.name.startsWith('startup') && r.db === 'postgres')).toMatchObject({ met: null, measured: 'not measured' });
    expect(rows.find((r) => r.name.includes('RSS'))).toMatchObject({ met: false });
  });

  it('names db-floor of the same run beside a ratio row: the ceiling of a route that reads the database', () => {
    const withFloor: DatabaseResult = { ...databases[1]!, scenarios: [scenario('db-floor', 'postgres', 300, 0.3, 200), scenario('household', 'postgres', 40, 0.04, 200)] };
    const rows = evaluateBudgets([withFloor], SCENARIOS);
    expect(rows.find((r) => r.name.includes('throughput'))).toMatchObject({ measured: '0.040 ×', met: false, note: 'db-floor (one select 1, no session) in this run: 0.30 ×' });
    expect(evaluateBudgets([databases[1]!], SCENARIOS).find((r) => r.name.includes('throughput'))?.note).toBeUndefined();
  });

  it('gives a budget defined at a larger scale no verdict on a smaller run, and one at its scale', () => {
    const household = (households: number, p99: number): DatabaseResult => ({
      db: 'postgres', generated: { households, services: 0 }, description: 'PostgreSQL', serverVersion: '15', dataset: { households: households + 300, generate_seconds: 900 },
      startup: null, idleMemory: null, scenarios: [{ ...scenario('household', 'postgres', 400, 0.01, 200), load: load(400, p99) }],
    });
    const p99Row = (d: DatabaseResult) => evaluateBudgets([d], SCENARIOS).find((r) => r.name.startsWith('household file read p99'));
    expect(p99Row(household(100_000, 5))).toMatchObject({ met: null, measured: '5.00 ms', run: 'postgres 100k hh' });
    expect(p99Row(household(100_000, 5))?.note).toMatch(/defined at 1,000,000 households; this run has 100,300/);
    expect(p99Row(household(1_000_000, 5))).toMatchObject({ met: true, run: 'postgres 1M hh' });
    expect(p99Row(household(1_000_000, 12))).toMatchObject({ met: false });
    const generator = (d: DatabaseResult) => evaluateBudgets([d], SCENARIOS).find((r) => r.name.startsWith('generator'));
    expect(generator(household(1_000_000, 5))).toMatchObject({ met: null, measured: '15.0 min (900 s)' });
    expect(generator({ ...household(1_000_000, 5), generated: { households: 1_000_000, services: 100_000 } })).toMatchObject({ met: true });
    expect(evaluateBudgets([{ ...databases[0]!, generated: { households: 10_000, services: 0 } }], SCENARIOS).some((r) => r.name.includes('RSS'))).toBe(false);
  });

  it('judges a latency budget on the steady run when there is one, and names the saturated figure beside it', () => {
    const at1M = (steady: ScenarioResult['steady']): DatabaseResult => ({
      db: 'postgres', generated: { households: 1_000_000, services: 0 }, description: 'PostgreSQL', serverVersion: '15', dataset: { households: 1_000_300 },
      startup: null, idleMemory: null, scenarios: [{ ...scenario('household', 'postgres', 400, 0.01, 200), load: load(400, 40), steady }],
    });
    const p99Row = (d: DatabaseResult) => evaluateBudgets([d], SCENARIOS).find((r) => r.name.startsWith('household file read p99'));
    expect(p99Row(at1M(null))).toMatchObject({ target: 'p99 < 10 ms at saturation', measured: '40 ms', met: false });
    const calm = p99Row(at1M({ rate: 10, load: load(10, 6) }));
    expect(calm).toMatchObject({ target: 'p99 < 10 ms at 10 req/s', measured: '6.00 ms', met: true });
    expect(calm?.note).toContain('at saturation (400 req/s): 40 ms');
    expect(p99Row(at1M({ rate: 10, load: { ...load(10, 6), non2xx: 1 } }))).toMatchObject({ met: false });
    expect(p99Row(at1M({ rate: 10, load: load(10, 11) }))).toMatchObject({ met: false });
    const render = (databases: DatabaseResult[]) => renderMarkdown({
      machine: { cpuModel: 'Test CPU', cores: 2, memoryGiB: 24, node: 'v20.20.2', os: 'Debian', gitCommit: 'abc', gitDirty: false, date: '2026-11-23T12:00:00.000Z', versions: {}, loadAverage: { start: 0, end: 0 } },
      settings: { duration: 10, warmup: 2, connections: 10, steadyRate: 10, coldStarts: 3, quick: false, households: 1_000_000, serverEnv: {} },
      baseline: null, databases, frontend: null, budgets: [], totalSeconds: 1,
    });
    const md = render([at1M({ rate: 10, load: load(10, 6) })]);
    expect(md).not.toContain('Steadiness');
    expect(md).toContain('| postgres 1M hh | household at 10 req/s | 10 | 2.00 | 3.00 | 6.00 |');
    expect(md).toContain('at a steady 10 req/s');
    expect(md).not.toContain('starts as a copy');
    const copied = render([{ ...at1M(null), generated: { households: 0, services: 0 }, template: 's100k' }]);
    expect(copied).toContain('A run named after a database (s100k) starts as a copy of that database');
    expect(copied).toContain('| postgres s100k | household |');
  });

  it('renders machine, results, startup and budget tables', () => {
    const report: BenchReport = {
      machine: { cpuModel: 'Test CPU', cores: 2, memoryGiB: 24, node: 'v20.20.2', os: 'Debian', gitCommit: 'abc', gitDirty: false, date: '2026-11-23T12:00:00.000Z', versions: { fastify: '5' }, loadAverage: { start: 2.5, end: 2 } },
      settings: { duration: 1, warmup: 0, connections: 10, coldStarts: 3, quick: true, households: 0, serverEnv: { LOG_LEVEL: 'warn' } },
      baseline: scenario('hello', null, 1000, null, 60),
      databases,
      frontend,
      budgets: evaluateBudgets(databases, SCENARIOS, frontend),
      totalSeconds: 30,
    };
    const md = renderMarkdown(report);
    expect(md).toContain('Test CPU, 2 cores');
    expect(md).toContain('| pglite | me | 600 |');
    expect(md).toContain('Quick run');
    expect(md).toContain('Busy machine');
    expect(md).toContain('✅');
    expect(md).toContain('❌');
    expect(md).toContain('Server RSS when ready, before any load: pglite 250 MB');
    expect(md).toContain('| Public: sign-in page | /inloggen | 180.0 kB |');
    expect(md).toContain('| /inloggen | mobile | 91 | 100 | 2.10 s | 0.000 | 120 ms |');
    expect(md).toContain('## Directory import');
    expect(md).toContain('| postgres | 10,000 | 12.9 MB | 8.0 s | 20.5 s | 7.2 s | 200 MB | +90 MB |');
  });

  it('puts the machine\'s steadiness in the machine table and under the budgets when it was measured', () => {
    const sp = (p50: number, p99: number) => ({ samples: 10, p50, p95: p99, p99, max: p99 });
    const steadiness: SteadinessResult = { idleMs: 100, cpuTask: { backToBack: sp(1.3, 3), afterIdle: sp(1.4, 13) }, loopback: { backToBack: sp(0.04, 0.25), afterIdle: sp(0.41, 1.8) } };
    const report = (steadyRate: number): BenchReport => ({
      machine: { cpuModel: 'Test CPU', cores: 2, memoryGiB: 24, node: 'v20.20.2', os: 'Debian', gitCommit: 'abc', gitDirty: false, date: '2026-11-23T12:00:00.000Z', versions: {}, loadAverage: { start: 0, end: 0 } },
      steadiness,
      settings: { duration: 10, warmup: 2, connections: 10, steadyRate, coldStarts: 3, quick: false, households: 0, serverEnv: {} },
      baseline: null, databases: [], frontend: null, budgets: [], totalSeconds: 1,
    });
    const md = renderMarkdown(report(10));
    expect(md).toContain('| Steadiness (before any server) | fixed CPU task p50 1.30 ms and p99 3.00 ms back to back; after 100 ms idle p50 1.40, p99 13.0 ms (10.0× the back-to-back p50).');
    expect(md).toContain('Loopback round trip p50 0.040, p99 0.250 ms back to back; after idle p50 0.410, p99 1.80 ms |');
    expect(md).toContain('took 13.0 ms at p99 after 100 ms idle');
    expect(renderMarkdown(report(0))).not.toContain('judged at a steady');
  });

  it('reads percentiles of a probe by nearest rank, whatever the order of the samples', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(spread(values)).toEqual({ samples: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });

  const page = (gzipBytes: number) => ({ page: 'public-sign-in', title: 'Public: sign-in page', path: '/inloggen', files: [], bytes: gzipBytes * 3, gzipBytes });
  const run = (formFactor: 'mobile' | 'desktop', lcpMs: number) => ({ path: '/inloggen', formFactor, performance: 91, accessibility: 100, lcpMs, cls: 0, tbtMs: 120, scriptBytes: 500_000 });
  const frontend: FrontendResult = { entry: page(150_000), pages: [page(180_000)], gzipLevel: 6, buildMs: 5000, lighthouse: [run('mobile', 2100), run('desktop', 2600)], chromium: 'chromium' };

  it('judges initial JavaScript, LCP and CLS against the web budgets and says INP is not measured', () => {
    const rows = frontendBudgets(frontend);
    expect(rows.find((r) => r.name.startsWith('initial JavaScript'))).toMatchObject({ met: true, measured: '180.0 kB' });
    expect(frontendBudgets({ ...frontend, pages: [page(200_001)] })[0]).toMatchObject({ met: false });
    expect(rows.find((r) => r.name === 'LCP (/inloggen, mobile)')).toMatchObject({ met: true });
    expect(rows.find((r) => r.name === 'LCP (/inloggen, desktop)')).toMatchObject({ met: false });
    expect(rows.find((r) => r.name === 'INP')).toMatchObject({ met: null });
  });
});

describe('machine steadiness probe', () => {
  it('times the CPU task and a round trip to an echo in another process, back to back and after idle', async () => {
    const result = await measureSteadiness({ samples: 3, idleMs: 1 });
    expect(result.idleMs).toBe(1);
    for (const probe of [result.cpuTask, result.loopback]) {
      expect(probe.backToBack.samples).toBe(30);
      expect(probe.afterIdle.samples).toBe(3);
      for (const s of [probe.backToBack, probe.afterIdle]) expect(s.p50 > 0 && s.p50 <= s.p99 && s.p99 <= s.max && Number.isFinite(s.max)).toBe(true);
    }
  });
});

describe('initial JavaScript of a build', () => {
  it('follows static imports and leaves dynamic ones out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-bundle-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/shared-b.js">');
    await writeFile(join(dir, 'assets/index-a.js'), 'import{a as e}from"./shared-b.js";import"./side-c.js";const p=()=>import("./SignInPage-d.js");');
    await writeFile(join(dir, 'assets/shared-b.js'), 'export const a=1;');
    await writeFile(join(dir, 'assets/side-c.js'), 'console.log(1)');
    await writeFile(join(dir, 'assets/SignInPage-d.js'), 'import{a}from"./shared-b.js";export{x}from"./form-e.js";');
    await writeFile(join(dir, 'assets/form-e.js'), 'export const x=2;'.repeat(50));
    await writeFile(join(dir, 'assets/Other-f.js'), 'x'.repeat(5000));
    const { entry, pages } = await measureBundles(dir, [{ id: 'sign-in', title: 'Sign in', path: '/inloggen', chunk: 'SignInPage', lighthouse: true }, { id: 'x', title: 'X', path: '/x', chunk: 'Missing', lighthouse: false }]);
    expect(entry.files.map((f) => f.file)).toEqual(['index-a.js', 'shared-b.js', 'side-c.js']);
    expect(pages[0]!.files.map((f) => f.file)).toEqual(['SignInPage-d.js', 'form-e.js', 'index-a.js', 'shared-b.js', 'side-c.js']);
    expect(pages[0]!.gzipBytes).toBe(pages[0]!.files.reduce((a, f) => a + f.gzipBytes, 0));
    expect(pages[0]!.gzipBytes).toBeLessThan(pages[0]!.bytes);
    expect(pages[1]).toMatchObject({ missingChunk: 'Missing', gzipBytes: entry.gzipBytes });
    await rm(dir, { recursive: true, force: true });
  });
});
