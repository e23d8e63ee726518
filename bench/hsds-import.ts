// `npx tsx bench/hsds-import.ts [count] [existing]`: measures an HSDS import of `count` (default
// 10,000) generated services into a directory that already holds `existing` (default 0) more
// generated services (as the design scale's 100,000: costs that grow with the directory show) through the API (preview, then apply, then the same import again) on PGlite,
// or on PostgreSQL when DATABASE_URL is set. Prints wall and CPU times per phase (CPU of this
// process: with PostgreSQL the database's own work is not in it) and the peak RSS of this process
// (with PGlite the database runs inside it, as in production).
import { generateHsdsDataset } from './hsds-dataset';
import { seedDirectory } from '../src/server/seed/seed-directory';
import { jsonFile, runImportJob } from '../src/server/features/hsds/hsds-kit';
import { createTestApp } from '../src/server/testing/test-app';

const count = Number(process.argv[2] ?? 10_000);
const existing = Number(process.argv[3] ?? 0);
const t = await createTestApp({ households: 0, env: { BODY_LIMIT_BYTES: String(50 * 1024 * 1024) } });
try {
  const tenantId = t.tenant.id;
  // After the demo's 250, in batches as `npm run generate -- --services` adds them.
  for (let from = 250; from < 250 + existing; from += 2000)
    await t.db.withTenant({ tenantId }, (sql) => seedDirectory(sql, { tenantId, seed: 2026, from, to: Math.min(250 + existing, from + 2000), now: new Date('2026-11-01T00:00:00Z') }));
  const admin = await t.signIn('admin@voorbeeld.nl');
  const file = jsonFile('dataset.json', generateHsdsDataset(count));
  const rssBefore = process.memoryUsage().rss;
  const phases: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  for (const [phase, mode] of [['preview', 'preview'], ['apply', 'apply'], ['re-import (unchanged)', 'apply']] as const) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const view = await runImportJob(t, admin, mode, [file]);
    phases[phase] = Math.round(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu[phase] = Math.round((used.user + used.system) / 1000);
    if (view.problems.length) throw new Error(`Import had problems: ${JSON.stringify(view.problems.slice(0, 3))}`);
  }
  const result = {
    database: t.db.kind, services: count, existing, fileMB: +(file.data.length / 1e6).toFixed(1), phasesMs: phases, cpuMs: cpu,
    rssBeforeMB: Math.round(rssBefore / 1e6), peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await t.close();
}
