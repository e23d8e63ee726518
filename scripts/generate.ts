// `npm run generate -- --households N [--services M] [--seed S]`: adds N realistic households (members, case
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
import { generateHouseholdBatch, type Counters } from './generate/households';
import { parseOptions } from './generate/options';
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
  const faker = new Faker({ locale: [nl, base], seed: options.seed });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  if (options.services > 0) await generateServices(db, tenantId, options, seconds);
  const teams = options.households < 1 ? [] : await db.withTenant({ tenantId }, (sql) => generateOrganisation(sql, faker, tenantId, options.seed, options.households, passwordHash));
  if (teams.length) console.log(`[${seconds()}s] ${teams.length} teams with ${teams.length * teams[0]!.coachIds.length} coaches`);
  const totals: Counters = {};
  for (let from = 0; from < options.households; from += options.batch) {
    const to = Math.min(options.households, from + options.batch);
    const counts = await db.withTenant({ tenantId }, (sql) => generateHouseholdBatch(sql, faker, { tenantId, seed: options.seed, teams, from, to }));
    for (const [table, n] of Object.entries(counts)) totals[table] = (totals[table] ?? 0) + n;
    const rate = Math.round(to / ((performance.now() - started) / 1000));
    process.stdout.write(`\r[${seconds()}s] ${to.toLocaleString('nl-NL')} / ${options.households.toLocaleString('nl-NL')} households (${rate}/s)   `);
  }
  console.log(`\n[${seconds()}s] done on ${db.kind}: ${Object.entries(totals).map(([t, n]) => `${t} ${n.toLocaleString('nl-NL')}`).join(', ')}`);
  // Fresh statistics: PGlite has no autovacuum, and PostgreSQL's would take a while to notice.
  await db.asOwner((sql) => sql.exec('analyze'));
} finally {
  await db.close();
}
