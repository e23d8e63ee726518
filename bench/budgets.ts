import type { FrontendResult } from './frontend';
import { formatRatio, runLabel, type BudgetRow, type DatabaseResult, type ScenarioResult } from './results';
import type { Scenario, ScenarioBudget } from './scenarios';

/**
 * DESIGN.md "Quality budgets" as target vs measured. Reported, never asserted: a missed budget
 * shows ❌ in the report and does not change the exit code.
 */
export const STARTUP_BUDGET_MS = 5000;
export const PGLITE_RSS_BUDGET_MB = 300;
export const INITIAL_JS_BUDGET_BYTES = 200_000;
export const LCP_BUDGET_MS = 2500;
export const CLS_BUDGET = 0.1;

const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`;

const count = (n: number) => n.toLocaleString('en-GB');

/** Why a run is too small for a budget defined at a larger scale, or null when it is large enough. */
function belowScale(budget: ScenarioBudget, db: DatabaseResult): string | null {
  const short: string[] = [];
  for (const what of ['households', 'services'] as const) {
    const wanted = budget.scale?.[what];
    const has = db.dataset[what] ?? 0;
    if (wanted !== undefined && has < wanted) short.push(`defined at ${count(wanted)} ${what}; this run has ${count(has)}`);
  }
  return short.length ? short.join('; ') : null;
}

/**
 * The ceiling of a ratio for any request that goes to the database, measured in the same run: the
 * server answering one `select 1` (db-floor). A route that reads data stays below it, so the
 * reader of a ratio row can tell the route's cost from the round trip's.
 */
function dbFloorNote(db: DatabaseResult): string | null {
  const ratio = db.scenarios.find((s) => s.scenario === 'db-floor')?.ratioToBaseline;
  return ratio === null || ratio === undefined ? null : `db-floor (one select 1, no session) in this run: ${formatRatio(ratio)}`;
}

function scenarioBudget(budget: ScenarioBudget, result: ScenarioResult, db: DatabaseResult): BudgetRow {
  const small = belowScale(budget, db);
  const note = [budget.note, small ? `no verdict: ${small}` : null].filter(Boolean).join('; ');
  const row = { name: `${budget.name} (${result.scenario})`, db: result.db, run: runLabel(db), ...(note ? { note } : {}) };
  const judged = (met: boolean) => (small ? null : met);
  if (budget.metric === 'ratio') {
    const target = `≥ ${budget.min ?? 0} × hello world`;
    if (result.ratioToBaseline === null) return { ...row, target, measured: 'not measured', met: null };
    const floor = dbFloorNote(db);
    const withFloor = floor ? { note: [row.note, floor].filter(Boolean).join('; ') } : {};
    return { ...row, ...withFloor, target, measured: formatRatio(result.ratioToBaseline), met: judged(result.ratioToBaseline >= (budget.min ?? 0)) };
  }
  // Latency is judged at a steady rate; at saturation it is the load generator's queue (README "Latency budgets").
  const steady = result.steady;
  const target = `${budget.metric} < ${budget.max ?? 0} ms ${steady ? `at ${steady.rate} req/s` : 'at saturation'}`;
  const saturated = result.load?.latencyMs[budget.metric];
  const also = steady && saturated !== undefined && Number.isFinite(saturated) ? `at saturation (${result.load!.requestsPerSecond.toFixed(0)} req/s): ${ms(saturated)}` : null;
  const withAlso = also ? { note: [note, also].filter(Boolean).join('; ') } : {};
  const value = (steady?.load ?? result.load)?.latencyMs[budget.metric];
  if (value === undefined || !Number.isFinite(value)) return { ...row, target, measured: 'not measured', met: null };
  const failed = steady && steady.load.errors + steady.load.timeouts + steady.load.non2xx > 0;
  return { ...row, ...withAlso, target, measured: ms(value), met: failed ? judged(false) : judged(value < (budget.max ?? 0)) };
}

export function evaluateBudgets(databases: DatabaseResult[], scenarios: readonly Scenario[], frontend: FrontendResult | null = null): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const db of databases) {
    for (const result of db.scenarios) {
      const scenario = scenarios.find((s) => s.id === result.scenario);
      for (const budget of scenario?.budgets ?? []) if (!budget.db || budget.db === db.db) rows.push(scenarioBudget(budget, result, db));
    }
  }
  for (const db of databases) {
    const median = db.startup?.coldStartMedianMs ?? undefined;
    rows.push({
      name: 'startup on an existing data directory',
      db: db.db,
      run: runLabel(db),
      target: `< ${STARTUP_BUDGET_MS / 1000} s`,
      measured: median === undefined ? 'not measured' : `${(median / 1000).toFixed(2)} s (median of ${db.startup?.coldStartsMs.length})`,
      met: median === undefined ? null : median < STARTUP_BUDGET_MS,
    });
  }
  for (const db of databases) {
    const seconds = db.dataset.generate_seconds;
    const g = db.generated;
    if (seconds === undefined || !g) continue;
    const limit = db.db === 'postgres' ? { households: 1_000_000, services: 100_000, s: 1800 } : { households: 10_000, services: 0, s: 120 };
    const big = g.households >= limit.households && g.services >= limit.services;
    rows.push({
      name: 'generator: households, services and all their records',
      db: db.db,
      run: runLabel(db),
      target: `< ${limit.s / 60} min for ${count(limit.households)} households${limit.services ? ` and ${count(limit.services)} services` : ''}`,
      measured: `${(seconds / 60).toFixed(1)} min (${seconds.toFixed(0)} s)`,
      met: big ? seconds < limit.s : null,
      ...(big ? {} : { note: `no verdict: this run generated ${count(g.households)} households and ${count(g.services)} services` }),
    });
  }
  // The memory budget is about the demo data set: runs with generated data are not judged by it.
  for (const db of databases.filter((d) => d.db === 'pglite' && !d.generated?.households && !d.generated?.services)) {
    const readings = db.scenarios.map((s) => s.memory?.rssMB).filter((v): v is number => v !== undefined && Number.isFinite(v));
    const worst = readings.length ? Math.max(...readings) : undefined;
    rows.push({
      name: 'server RSS on the demo data set',
      db: db.db,
      run: runLabel(db),
      target: `< ${PGLITE_RSS_BUDGET_MB} MB`,
      measured: worst === undefined ? 'not measured' : `${worst.toFixed(0)} MB (highest after a run)`,
      met: worst === undefined ? null : worst < PGLITE_RSS_BUDGET_MB,
    });
  }
  if (frontend) rows.push(...frontendBudgets(frontend));
  return rows;
}

/** Web budgets: initial JavaScript per page (kB = 1000 bytes, gzipped), LCP and CLS per Lighthouse run. */
export function frontendBudgets(frontend: FrontendResult): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const page of frontend.pages)
    rows.push({
      name: `initial JavaScript, ${page.title} (${page.path})`,
      db: null,
      target: `≤ ${INITIAL_JS_BUDGET_BYTES / 1000} kB gzipped`,
      measured: `${(page.gzipBytes / 1000).toFixed(1)} kB`,
      met: page.gzipBytes <= INITIAL_JS_BUDGET_BYTES,
      ...(page.missingChunk ? { note: `chunk ${page.missingChunk} not found: shell only` } : {}),
    });
  for (const run of frontend.lighthouse) {
    const where = `${run.path}, ${run.formFactor}`;
    rows.push({ name: `LCP (${where})`, db: null, target: `≤ ${LCP_BUDGET_MS / 1000} s`, measured: run.lcpMs === null ? 'not measured' : `${(run.lcpMs / 1000).toFixed(2)} s`, met: run.lcpMs === null ? null : run.lcpMs <= LCP_BUDGET_MS, note: 'Lighthouse lab value (simulated throttling)' });
    rows.push({ name: `CLS (${where})`, db: null, target: `≤ ${CLS_BUDGET}`, measured: run.cls === null ? 'not measured' : run.cls.toFixed(3), met: run.cls === null ? null : run.cls <= CLS_BUDGET });
  }
  if (frontend.lighthouse.length)
    rows.push({ name: 'INP', db: null, target: '≤ 200 ms', measured: 'not measurable in a lab run', met: null, note: 'total blocking time is its lab stand-in: see "Front end"' });
  return rows;
}
