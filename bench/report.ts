import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FrontendResult } from './frontend';
import { steadinessFloor, steadinessSummary } from './steadiness';
import { formatRatio, runLabel, type BenchReport, type BudgetRow, type DatabaseResult, type ScenarioResult } from './results';

/** Writes latest.json (everything) and latest.md (the tables a person reads). */
export async function writeReport(report: BenchReport, outDir: string): Promise<{ json: string; md: string }> {
  await mkdir(outDir, { recursive: true });
  const json = join(outDir, 'latest.json');
  const md = join(outDir, 'latest.md');
  await writeFile(json, JSON.stringify(report, null, 2) + '\n');
  await writeFile(md, renderMarkdown(report));
  return { json, md };
}

const dash = '–';
const num = (v: number | null | undefined, digits = 0) => (v === null || v === undefined || !Number.isFinite(v) ? dash : v.toFixed(digits));
const msCell = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? dash : v < 10 ? v.toFixed(2) : v.toFixed(1));
const seconds = (v: number | null | undefined) => (v === null || v === undefined ? dash : `${(v / 1000).toFixed(2)} s`);
const verdict = (met: boolean | null) => (met === null ? '–' : met ? '✅' : '❌');

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function scenarioRow(dbLabel: string, r: ScenarioResult): string[] {
  const failed = r.error ? ` (failed: ${r.error.split('\n')[0]})` : '';
  return [
    dbLabel,
    `${r.scenario}${failed}`,
    num(r.load?.requestsPerSecond),
    msCell(r.load?.latencyMs.p50),
    msCell(r.load?.latencyMs.p95),
    msCell(r.load?.latencyMs.p99),
    r.load ? String(r.load.errors + r.load.timeouts) : dash,
    r.load ? String(r.load.non2xx) : dash,
    num(r.memory?.rssMB),
    r.ratioToBaseline === null ? dash : formatRatio(r.ratioToBaseline),
  ];
}

/** The steady run of a scenario with a latency budget, as a row under its saturating run. */
function steadyRow(dbLabel: string, r: ScenarioResult): string[] | null {
  const s = r.steady;
  if (!s) return null;
  const l = s.load;
  return [dbLabel, `${r.scenario} at ${s.rate} req/s`, num(l.requestsPerSecond), msCell(l.latencyMs.p50), msCell(l.latencyMs.p95), msCell(l.latencyMs.p99), String(l.errors + l.timeouts), String(l.non2xx), dash, dash];
}

function budgetRow(b: BudgetRow): string[] {
  return [b.name, b.run ?? b.db ?? dash, b.target, b.measured, verdict(b.met), b.note ?? ''];
}

export function renderMarkdown(report: BenchReport): string {
  const { machine: m, settings: s } = report;
  const out: string[] = [];
  out.push(`# Wijkwijs benchmark, ${m.date.slice(0, 16).replace('T', ' ')} UTC`, '');
  if (s.quick) out.push('> **Quick run** (CI smoke): durations are too short for the numbers to mean much.', '');
  const scaled = report.databases.some((d) => d.generated && (d.generated.households || d.generated.services));
  const copied = [...new Set(report.databases.flatMap((d) => (d.template ? [d.template] : [])))];
  const seed = 'the demo seed of Gemeente Voorbeeld (about 300 households, 250 services)';
  out.push(`Data: ${seed}${scaled ? ', plus what each run generated on top (`npm run generate`; "hh" households, "svc" services)' : ''}.${copied.length
    ? ` A run named after a database (${copied.join(', ')}) starts as a copy of that database, generated before the run (\`--postgres-template\`); the machine table gives its size.` : ''}`, '');
  const busiest = Math.max(m.loadAverage.start, m.loadAverage.end ?? 0);
  if (m.loadAverage.start > 0.5)
    out.push(`> **Busy machine**: the 1-minute load average was ${m.loadAverage.start} when the run began (${m.loadAverage.end ?? '?'} at the end); other work shared the ${m.cores} cores, so the numbers are lower and noisier than on an idle machine.`, '');
  out.push(table(['Machine', ''], [
    ['CPU', `${m.cpuModel}, ${m.cores} cores`],
    ['Memory', `${m.memoryGiB} GiB`],
    ['Load average (1 min)', `${m.loadAverage.start} at start, ${m.loadAverage.end ?? dash} at end${busiest > 0.5 ? ' (busy)' : ''}`],
    ['OS', m.os],
    ['Node.js', m.node],
    ['Commit', `${m.gitCommit}${m.gitDirty ? ' (with uncommitted changes)' : ''}`],
    ['Packages', Object.entries(m.versions).map(([name, v]) => `${name} ${v}`).join(', ')],
    ...(report.steadiness ? [['Steadiness (before any server)', steadinessSummary(report.steadiness)]] : []),
    ...report.databases.map((d) => [runLabel(d), `${d.description}; server ${d.serverVersion ?? dash}; ${Object.entries(d.dataset).map(([k, v]) => `${v} ${k}`).join(', ') || 'no data read'}`]),
  ]), '');
  out.push(`Load: autocannon in its own process on loopback, ${s.connections} connections, ${s.warmup} s warm-up (not measured), then ${s.duration} s measured per scenario` +
    `${s.steadyRate ? `; scenarios with a latency budget then run ${s.steadyDuration ?? s.duration} s more at a steady ${s.steadyRate} req/s (the budget's measurement)` : ''}. ` +
    `Server env: ${Object.entries(s.serverEnv).map(([k, v]) => `${k}=${v}`).join(' ')}. Whole run: ${report.totalSeconds.toFixed(0)} s.`, '');

  out.push('## Throughput and latency', '');
  const rows: string[][] = [];
  if (report.baseline) rows.push(scenarioRow('none', report.baseline));
  for (const d of report.databases) {
    if (d.error) rows.push([runLabel(d), `(failed: ${d.error.split('\n')[0]})`, dash, dash, dash, dash, dash, dash, dash, dash]);
    for (const r of d.scenarios) {
      rows.push(scenarioRow(runLabel(d), r));
      const steady = steadyRow(runLabel(d), r);
      if (steady) rows.push(steady);
    }
  }
  out.push(table(['Database', 'Scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx', 'RSS MB', 'vs hello world'], rows), '');
  const idle = report.databases.filter((d) => d.idleMemory);
  if (idle.length) out.push(`Server RSS when ready, before any load: ${idle.map((d) => `${runLabel(d)} ${num(d.idleMemory!.rssMB)} MB`).join(', ')}.`, '');
  out.push('Latency percentiles are of 2xx responses. RSS is the server process\'s VmRSS right after the measured run; "vs hello world" is req/s divided by the baseline\'s in this run.', '');

  out.push('## Startup', '');
  out.push(table(['Database', 'first start (migrate + demo seed)', 'cold start, median', 'cold starts', 'server says "ready in"'],
    report.databases.filter((d) => d.startup).map((d) => {
      const st = d.startup!;
      return [runLabel(d), seconds(st.firstStartMs), seconds(st.coldStartMedianMs), st.coldStartsMs.map((v) => seconds(v)).join(', '),
        [st.firstStartSelfReportedMs, ...st.coldStartsSelfReportedMs].map((v) => (v === null ? dash : `${v} ms`)).join(', ')];
    })), '');
  out.push('Times run from spawning `node dist/server/main.mjs` (the bundle `npm start` runs, with its Node options) until `GET /health/ready` first answers 200 (polled every 20 ms). A cold start reopens the data the first start left behind.', '');

  out.push(...renderDirectoryImport(report));
  if (report.frontend) out.push(...renderFrontend(report.frontend));

  out.push('## Budgets (DESIGN.md "Quality budgets"): reported, not asserted', '');
  out.push(table(['Budget', 'Run', 'Target', 'Measured', '', 'Note'], report.budgets.map(budgetRow)), '');
  if (report.steadiness && s.steadyRate) out.push(steadinessFloor(report.steadiness, s.steadyRate), '');
  return out.join('\n');
}

function renderDirectoryImport(report: BenchReport): string[] {
  const runs = report.databases.filter((d) => d.directoryImport);
  if (!runs.length) return [];
  const out: string[] = ['## Directory import', ''];
  const phase = (d: DatabaseResult, name: string) => d.directoryImport!.phases.find((p) => p.phase === name);
  out.push(table(['Database', 'services', 'file', 'preview', 'apply', 're-import', 'RSS before', 'peak RSS growth'], runs.map((d) => {
    const r = d.directoryImport!;
    const growth = r.phases.length ? Math.max(...r.phases.map((p) => p.rssPeakMB - r.phases[0]!.rssBeforeMB)) : null;
    const cell = (name: string) => (phase(d, name) ? `${phase(d, name)!.seconds.toFixed(1)} s` : dash);
    return [runLabel(d) + (r.error ? ` (failed: ${r.error.split('\n')[0]})` : ''), r.services.toLocaleString('en-GB'), `${r.fileMB.toFixed(1)} MB`, cell('preview'), cell('apply'), cell('re-import'),
      r.phases[0] ? `${num(r.phases[0].rssBeforeMB)} MB` : dash, growth === null ? dash : `+${num(growth)} MB`];
  })), '');
  out.push('One HSDS JSON file (`bench/hsds-dataset.ts`: per service a location, address, service at location, weekly schedule, phone and theme attribute; an organisation per ten services) imported through the API after the load scenarios, as the import page does it: upload (streamed), start the job, poll every 100 ms until it ends. Preview checks and counts; apply writes it all in one transaction; re-import is the same apply again (nothing changes). Times run from the upload to the end of the job. RSS growth is the highest server VmRSS sampled every 100 ms during the three phases minus VmRSS before the first (PGlite runs inside the server process, so its memory counts).', '');
  return out;
}

function renderFrontend(f: FrontendResult): string[] {
  const out: string[] = ['## Front end', ''];
  if (f.error) out.push(`> Front end measurement failed: ${f.error}`, '');
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  if (f.entry) {
    out.push(`Initial JavaScript from the production build (\`vite build\`${f.buildMs === null ? '' : `, ${(f.buildMs / 1000).toFixed(1)} s`}): the entry chunk, its static imports and the page's own lazy chunk with its static imports; gzip level ${f.gzipLevel}, kB = 1000 bytes.`, '');
    out.push(table(['Page', 'Path', 'gzipped', 'raw', 'files'], [f.entry, ...f.pages].map((p) => [p.title + (p.missingChunk ? ` (chunk ${p.missingChunk} not found)` : ''), p.path, kB(p.gzipBytes), kB(p.bytes), String(p.files.length)])), '');
  }
  if (f.lighthouse.length) {
    out.push(`Lighthouse ${f.chromium ? `with ${f.chromium}` : ''}, default mobile settings and the desktop preset (simulated throttling), offline apart from the loopback server. Scripts and styles go out as the build's precompressed .br/.gz files.`, '');
    out.push(table(['Path', 'Device', 'Performance', 'Accessibility', 'LCP', 'CLS', 'TBT', 'JS transferred'], f.lighthouse.map((r) => r.error
      ? [r.path, r.formFactor, `failed: ${r.error.split('\n')[0]}`, dash, dash, dash, dash, dash]
      : [r.path, r.formFactor, num(r.performance), num(r.accessibility), r.lcpMs === null ? dash : `${(r.lcpMs / 1000).toFixed(2)} s`, num(r.cls, 3), r.tbtMs === null ? dash : `${r.tbtMs.toFixed(0)} ms`, r.scriptBytes === null ? dash : kB(r.scriptBytes)])), '');
  } else if (!f.error) out.push('Lighthouse was not run (`--lighthouse` to run it).', '');
  return out;
}
