import type { DirectoryImportResult } from './directory-import';
import type { FrontendResult } from './frontend';
import type { LoadResult } from './load';
import type { MachineInfo } from './machine';
import type { DbKind } from './options';
import type { MemoryReading } from './processes';
import type { SteadinessResult } from './steadiness';

/** The shape of bench/results/latest.json. */
export interface ScenarioResult {
  scenario: string;
  title: string;
  /** null for the baseline, which runs without a database. */
  db: DbKind | null;
  /** The request, with cookies left out. */
  request: { method: string; path: string };
  /** Status of one request sent before the load, to catch a wrong setup early. */
  checkStatus: number | null;
  load: LoadResult | null;
  /**
   * For scenarios with a latency budget: the same requests at a steady --steady-rate req/s (same
   * connections), after the saturating run. Latency budgets are judged on it, not on `load`.
   */
  steady?: { rate: number; load: LoadResult } | null;
  /** Server memory read from /proc/<pid>/status right after the measured run. */
  memory: MemoryReading | null;
  /** req/s of this scenario divided by the baseline's in the same run. */
  ratioToBaseline: number | null;
  error?: string;
}

export interface StartupResult {
  /** First start on an empty database: migrations and the demo seed, until /health/ready answers 200 (null: a copy of a template, nothing to seed). */
  firstStartMs: number | null;
  firstStartSelfReportedMs: number | null;
  /** Restarts on the existing data, spawn until /health/ready answers 200. */
  coldStartsMs: number[];
  coldStartMedianMs: number | null;
  coldStartsSelfReportedMs: (number | null)[];
}

export interface DatabaseResult {
  db: DbKind;
  /** Households and services generated on top of the demo seed for this run (0: the demo data only). */
  generated?: { households: number; services: number };
  /** The database this run started as a copy of (--postgres-template), with the data generated before. */
  template?: string;
  description: string;
  serverVersion: string | null;
  dataset: Record<string, number>;
  startup: StartupResult | null;
  /** Server memory once it is ready, before any load, and after the last scenario. */
  idleMemory: MemoryReading | null;
  scenarios: ScenarioResult[];
  /** The "Directory import" step (HSDS preview, apply, re-import), after the load; absent with --no-import. */
  directoryImport?: DirectoryImportResult;
  error?: string;
}

export interface BudgetRow {
  name: string;
  db: DbKind | null;
  /** The database run (and scale) it was measured in, as `runLabel` names it. */
  run?: string;
  target: string;
  measured: string;
  /** null when it could not be measured in this run. */
  met: boolean | null;
  note?: string;
}

export interface BenchReport {
  machine: MachineInfo;
  /** The machine's own spread after idle (bench/steadiness.ts); null or absent when not measured. */
  steadiness?: SteadinessResult | null;
  settings: {
    duration: number;
    warmup: number;
    connections: number;
    /** req/s of the steady run of scenarios with a latency budget (0: none); optional in older reports. */
    steadyRate?: number;
    steadyDuration?: number;
    coldStarts: number;
    quick: boolean;
    /** Households generated on top of the demo data. */
    households: number;
    serverEnv: Record<string, string>;
  };
  baseline: ScenarioResult | null;
  databases: DatabaseResult[];
  /** Initial JavaScript per page and Lighthouse; null when not run (--quick, --no-frontend). */
  frontend: FrontendResult | null;
  budgets: BudgetRow[];
  totalSeconds: number;
}

/** A ratio to the baseline, with enough digits that a small one does not read as zero. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(ratio < 0.1 ? 3 : 2)} ×`;
}

const compact = (n: number) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString('en-GB'));

/** A database run as the report names it: `pglite`, or `postgres 1M hh + 100k svc` when data was generated. */
export function runLabel(d: Pick<DatabaseResult, 'db' | 'generated' | 'template'>): string {
  const g = d.generated;
  const base = d.template ? `${d.db} ${d.template}` : d.db;
  if (!g || (g.households === 0 && g.services === 0)) return g && !d.template ? `${d.db} demo` : base;
  return [base, d.template ? '+' : '', g.households ? `${compact(g.households)} hh` : '', g.services ? `${g.households ? '+ ' : ''}${compact(g.services)} svc` : ''].filter(Boolean).join(' ');
}
