import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from './budgets';
import { parseOptions, UsageError } from './options';
import { renderMarkdown } from './report';
import type { BenchReport, DatabaseResult, ScenarioResult } from './results';
import { SCENARIOS, selectScenarios } from './scenarios';

// The bench's own logic only; it never runs a load here and never judges a timing.
describe('bench options', () => {
  it('has defaults for a full run and smaller ones for --quick', () => {
    const full = parseOptions([], {});
    expect(full).toMatchObject({ dbs: ['pglite', 'postgres'], duration: 10, connections: 10, coldStarts: 3, quick: false, scenarios: [] });
    expect(parseOptions(['--quick'], {})).toMatchObject({ duration: 1, warmup: 0, coldStarts: 1, quick: true });
  });

  it('reads --db, --duration, --connections and --scenarios in both spellings', () => {
    expect(parseOptions(['--db', 'postgres', '--duration=3', '--connections', '4', '--scenarios', 'hello, me'], {}))
      .toMatchObject({ dbs: ['postgres'], duration: 3, connections: 4, scenarios: ['hello', 'me'] });
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
    { db: 'pglite', description: 'PGlite', serverVersion: '17', dataset: { households: 300 }, scenarios: [scenario('me', 'pglite', 600, 0.6, 310)],
      startup: { firstStartMs: 7000, firstStartSelfReportedMs: 6900, coldStartsMs: [900, 1000, 6000], coldStartMedianMs: 1000, coldStartsSelfReportedMs: [800, 900, null] } },
    { db: 'postgres', description: 'PostgreSQL', serverVersion: '15', dataset: {}, scenarios: [scenario('household', 'postgres', 40, 0.04, 200)], startup: null, error: undefined },
  ];

  it('turns DESIGN budgets into target vs measured rows with a verdict, without asserting them', () => {
    const rows = evaluateBudgets(databases, SCENARIOS);
    expect(rows.find((r) => r.name.includes('(me)'))).toMatchObject({ db: 'pglite', met: true, measured: '0.60 ×' });
    expect(rows.find((r) => r.name.includes('throughput') && r.db === 'postgres')).toMatchObject({ met: false, measured: '0.040 ×' });
    expect(rows.find((r) => r.name.includes('p99'))).toMatchObject({ db: 'postgres', met: false });
    expect(rows.find((r) => r.name.startsWith('startup') && r.db === 'pglite')).toMatchObject({ met: true });
    expect(rows.find((r) => r.name.startsWith('startup') && r.db === 'postgres')).toMatchObject({ met: null, measured: 'not measured' });
    expect(rows.find((r) => r.name.includes('RSS'))).toMatchObject({ met: false });
  });

  it('renders machine, results, startup and budget tables', () => {
    const report: BenchReport = {
      machine: { cpuModel: 'Test CPU', cores: 2, memoryGiB: 24, node: 'v20.20.2', os: 'Debian', gitCommit: 'abc', gitDirty: false, date: '2026-11-23T12:00:00.000Z', versions: { fastify: '5' }, loadAverage: { start: 2.5, end: 2 } },
      settings: { duration: 1, warmup: 0, connections: 10, coldStarts: 3, quick: true, households: 0, serverEnv: { LOG_LEVEL: 'warn' } },
      baseline: scenario('hello', null, 1000, null, 60),
      databases,
      budgets: evaluateBudgets(databases, SCENARIOS),
      totalSeconds: 30,
    };
    const md = renderMarkdown(report);
    expect(md).toContain('Test CPU, 2 cores');
    expect(md).toContain('| pglite | me | 600 |');
    expect(md).toContain('Quick run');
    expect(md).toContain('Busy machine');
    expect(md).toContain('✅');
    expect(md).toContain('❌');
  });
});
