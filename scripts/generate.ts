// `npm run generate -- --households N [--services M] [--open-signals N] [--seed S]`: adds N realistic households (members, case
// teams, plans with goals, ratings and actions, contacts over several years, ZRM history, audit
// events) to Gemeente Voorbeeld, with the teams, coaches, districts and postcodes they need.
// PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR. Same seed, same data (ids included).
import { performance } from 'node:perf_hooks';
import { Faker, nl, base } from '@faker-js/faker';
import { loadConfig } from '../src/server/config';
import { migrate } from '../src/server/db/migrate';
import { openDatabase } from '../src/server/db/open';
import { DEMO_PASSWORD } from '../src/server/features/auth/public-tenant';
import { hashPassword } from '../src/server/platform/passwords';
import { seedDemoIfEmpty } from '../src/server/seed/seed-demo';
import { buildHouseholdBatchInSlices, countRows, insertHouseholdBatch, type Counters } from './generate/households';
import { parseOptions } from './generate/options';
import { ensureOpenSignals } from './generate/open-signals-step';
import { generateOrganisation } from './generate/organisation';
import { generateServices } from './generate/services';

const options = parseOptions(process.argv.slice(2));
const config = loadConfig();
const started = performance.now();
const db = await openDatabase(config);
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
try {
  await migrate(db);
  const { tenantId } = await seedDemoIfEmpty(db);
  if (options.openSignals > 0) {
    const signals = await db.asOwner((sql) => ensureOpenSignals(sql, { count: options.openSignals, seed: options.seed }));
    console.log(`[${seconds()}s] Team Noord has ${signals.open} open signals (${signals.added} added)`);
  }
  if (options.services > 0) await generateServices(db, tenantId, options, seconds);
  if (options.households > 0) {
    const faker = new Faker({ locale: [nl, base], seed: options.seed });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const teams = await db.withTenant({ tenantId }, (sql) => generateOrganisation(sql, faker, tenantId, options.seed, options.households, passwordHash));
    console.log(`[${seconds()}s] ${teams.length} teams with ${teams.length * teams[0]!.coachIds.length} coaches`);
    const totals: Counters = {};
    const generationStarted = performance.now();
    // Pipelined: while the database stores batch k, the next batch is built in slices that leave the
    // event loop free for the driver. Each batch is one transaction; batches are stored in order.
    let storing: Promise<void> = Promise.resolve();
    for (let from = 0; from < options.households; from += options.batch) {
      const to = Math.min(options.households, from + options.batch);
      const rows = await buildHouseholdBatchInSlices(faker, { tenantId, seed: options.seed, teams, from, to });
      await storing;
      storing = db.withTenant({ tenantId }, (sql) => insertHouseholdBatch(sql, tenantId, rows)).then(() => {
        for (const [table, n] of Object.entries(countRows(rows))) totals[table] = (totals[table] ?? 0) + n;
        const elapsed = (performance.now() - generationStarted) / 1000;
        const rate = to / elapsed;
        const eta = Math.round((options.households - to) / rate);
        process.stdout.write(`\r[${seconds()}s] ${to.toLocaleString('nl-NL')} / ${options.households.toLocaleString('nl-NL')} households (${Math.round(rate)}/s, about ${eta} s to go)   `);
      });
    }
    await storing;
    const total = Object.values(totals).reduce((a, b) => a + b, 0);
    const householdSeconds = (performance.now() - generationStarted) / 1000;
    console.log(`\n[${seconds()}s] done on ${db.kind}: ${Object.entries(totals).map(([t, n]) => `${t} ${n.toLocaleString('nl-NL')}`).join(', ')}`);
    console.log(`[${seconds()}s] ${Math.round(options.households / householdSeconds)} households/s, ${Math.round(total / householdSeconds).toLocaleString('nl-NL')} rows/s; analysing`);
  }
  // Fresh statistics and visibility map: PGlite has no autovacuum, and PostgreSQL's would take a
  // while to notice (or is off, as on the CI machine). Without the visibility map every
  // index-only scan reads the table too, which a live database with autovacuum does not. The
  // checkpoint writes the load's pages now, not during the bench's first measurements.
  console.log(`[${seconds()}s] vacuum (analyze), checkpoint`);
  await db.settleAfterBulkLoad();
  console.log(`[${seconds()}s] ready`);
} finally {
  await db.close();
}
