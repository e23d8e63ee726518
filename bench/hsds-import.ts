// `npx tsx bench/hsds-import.ts [count]`: measures an HSDS import of `count` (default 10,000)
// generated services through the API (preview, then apply, then the same import again) on PGlite,
// or on PostgreSQL when DATABASE_URL is set. Prints wall times per phase and the peak RSS of this
// process (with PGlite the database runs inside it, as in production).
import { generateHsdsDataset } from './hsds-dataset';
import { jsonFile, runImportJob } from '../src/server/features/hsds/hsds-kit';
import { createTestApp } from '../src/server/testing/test-app';

const count = Number(process.argv[2] ?? 10_000);
const t = await createTestApp({ households: 0, env: { BODY_LIMIT_BYTES: String(50 * 1024 * 1024) } });
try {
  const admin = await t.signIn('admin@voorbeeld.nl');
  const file = jsonFile('dataset.json', generateHsdsDataset(count));
  const rssBefore = process.memoryUsage().rss;
  const phases: Record<string, number> = {};
  for (const [phase, mode] of [['preview', 'preview'], ['apply', 'apply'], ['re-import (unchanged)', 'apply']] as const) {
    const started = performance.now();
    const view = await runImportJob(t, admin, mode, [file]);
    phases[phase] = Math.round(performance.now() - started);
    if (view.problems.length) throw new Error(`Import had problems: ${JSON.stringify(view.problems.slice(0, 3))}`);
  }
  const result = {
    database: t.db.kind, services: count, fileMB: +(file.data.length / 1e6).toFixed(1), phasesMs: phases,
    rssBeforeMB: Math.round(rssBefore / 1e6), peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await t.close();
}
