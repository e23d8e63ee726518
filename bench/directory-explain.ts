// `npx tsx bench/directory-explain.ts [--runs N] [--only text,distance,filtered]`: the directory
// search's statements under EXPLAIN (ANALYZE, BUFFERS), on the database of DATABASE_URL (else
// PGlite in DATA_DIR), e.g. one made by `npm run generate -- --services 100000`. Runs the bench's
// queries (bench/scenarios.ts) through searchPublicServices, records every statement a search
// sends, and prints per query: the search's wall time (median of N in-process runs) and, per
// statement, the median planning and execution time reported by EXPLAIN. CPU-bound numbers that
// mean something on a busy machine, unlike the load test's latencies.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { PublicServiceSearchQuery } from '../src/contracts/directory';
import { PublicServiceSearchQuery as QuerySchema } from '../src/contracts/directory';
import { loadConfig } from '../src/server/config';
import type { Sql } from '../src/server/db/database';
import { migrate } from '../src/server/db/migrate';
import { openDatabase } from '../src/server/db/open';
import { searchPublicServices, searchSettings } from '../src/server/features/directory/search-services';
import { seedDemoIfEmpty } from '../src/server/seed/seed-demo';
import { DIRECTORY_FILTERS, DIRECTORY_QUERIES } from './scenarios';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string' }, plans: { type: 'boolean', default: false } } });
const runs = Number(values.runs);
const only = values.only?.split(',');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const db = await openDatabase(loadConfig());
await migrate(db);
const { tenantId } = await seedDemoIfEmpty(db);
const [postcode] = await db.withTenant({ tenantId }, (sql) => sql.query<{ postcode: string }>('select postcode from postcode_points order by postcode limit 1'));

const cases: [string, string][] = [
  ...DIRECTORY_QUERIES.map((q): [string, string] => ['text', `q=${encodeURIComponent(q)}`]),
  ...DIRECTORY_QUERIES.map((q): [string, string] => ['distance', `q=${encodeURIComponent(q)}&postcode=${postcode!.postcode}&sort=distance&radiusKm=10`]),
  ...DIRECTORY_FILTERS.map((f): [string, string] => ['filtered', f]),
];

/** Shared buffers (hit + read) the statement's top plan node touched, children and subplans included: a count the load does not change. */
const sharedBuffers = (plan: string) => {
  const line = /^\S.*\n(?:.*\n)*?\s*Buffers: (shared[^\n]*)/m.exec(plan)?.[1] ?? '';
  return Number(/hit=(\d+)/.exec(line)?.[1] ?? 0) + Number(/read=(\d+)/.exec(line)?.[1] ?? 0);
};

/** An Sql that records each statement and passes it on. */
type Logged = { text: string; params: readonly unknown[]; ms: number };
const recording = (sql: Sql, log: Logged[]): Sql => ({
  ...sql,
  query: async (text, params) => {
    const entry = { text, params: params ?? [], ms: 0 };
    log.push(entry);
    const t0 = performance.now();
    try { return await sql.query(text, params); } finally { entry.ms = performance.now() - t0; }
  },
});

console.log(`${db.kind}; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const byScenario = new Map<string, number[]>();
for (const [scenario, qs] of cases) {
  if (only && !only.includes(scenario)) continue;
  const query: PublicServiceSearchQuery = QuerySchema.parse(Object.fromEntries(new URLSearchParams(qs)));
  const origin = query.postcode
    ? (await db.withTenant({ tenantId }, (sql) => sql.query<{ latitude: number; longitude: number }>('select latitude, longitude from postcode_points where postcode = $1', [query.postcode])))[0] ?? null
    : null;
  const ctx = { tenantId, origin, now: new Date('2026-11-25T15:00:00Z') };
  const walls: number[] = [];
  let log: Logged[] = [];
  const clientMs: number[][] = [];
  let found = 0;
  let total = '';
  for (let i = 0; i < runs + 1; i++) {
    log = [];
    const t0 = performance.now();
    const page = await db.withTenant({ tenantId, settings: searchSettings(query) }, (sql) => searchPublicServices(recording(sql, log), query, ctx));
    if (i > 0) walls.push(performance.now() - t0);
    if (i > 0) log.forEach((st, k) => (clientMs[k] ??= []).push(st.ms));
    found = page.items.length;
    total = `${page.totalExact ? '' : '>'}${page.total}`;
  }
  (byScenario.get(scenario) ?? byScenario.set(scenario, []).get(scenario)!).push(median(walls));
  // Replayed in order in one transaction with the search's settings, each statement under EXPLAIN.
  const timings = new Map<number, { planning: number[]; execution: number[]; buffers: number[]; plan: string }>();
  for (let run = 0; run < Math.max(3, Math.min(runs, 5)); run++) {
    await db.withTenant({ tenantId, settings: searchSettings(query) }, async (sql) => {
      for (const [i, st] of log.entries()) {
        const rows = await sql.query<Record<string, string>>(`explain (analyze, buffers) ${st.text}`, st.params);
        const plan = rows.map((r) => Object.values(r)[0]).join('\n');
        const t = timings.get(i) ?? timings.set(i, { planning: [], execution: [], buffers: [], plan }).get(i)!;
        t.planning.push(Number(/Planning Time: ([\d.]+)/.exec(plan)?.[1]));
        t.execution.push(Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1]));
        t.buffers.push(sharedBuffers(plan));
        t.plan = plan;
      }
    });
  }
  const statements: string[] = [];
  for (const [i, t] of timings) {
    const name = /from (\w+)/.exec(log[i]!.text)?.[1] ?? '?';
    statements.push(`${name} plan ${median(t.planning).toFixed(2)} exec ${median(t.execution).toFixed(2)} client ${median(clientMs[i] ?? []).toFixed(2)} buf ${median(t.buffers)}`);
    if (values.plans) console.log(`--- ${scenario} ${qs} :: ${name}\n${t.plan}`);
  }
  console.log(`${scenario.padEnd(9)} ${decodeURIComponent(qs).slice(0, 60).padEnd(60)} wall ${median(walls).toFixed(1).padStart(6)} ms  items ${found} total ${total} | ${statements.join(' | ')}`);
}
for (const [scenario, walls] of byScenario) console.log(`${scenario}: median of per-query medians ${median(walls).toFixed(1)} ms, max ${Math.max(...walls).toFixed(1)} ms`);
await db.close();
