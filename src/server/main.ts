import { performance } from 'node:perf_hooks';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { endSignalMatchRegistrationsJob } from './features/signal-matching/end-registrations-job';
import { purgeExpiredCredentialsJob } from './platform/purge-credentials-job';
import { referralFollowUpJob } from './features/referrals/follow-up-job';
import { startJobRunner } from './platform/jobs';
import { meldcodeOverdueRemindersJob } from './features/meldcode/overdue-reminders-job';
import { directoryConfirmationsJob } from './features/directory/confirmation-job';
import { failStaleImports, STALE_AFTER_SECONDS, staleImportsJob } from './features/hsds/fail-stale-imports';
import { expiredActivityProposalsJob } from './features/directory/expired-proposals-job';
import { DEMO_PASSWORD } from './features/auth/public-tenant';
import { DEMO_ACCOUNTS } from './seed/demo-organisation';
import { demoTenantExists } from './seed/demo-exists';
import { createServices } from './services';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const startedAt = performance.now();
const config = configOrExit();
const services = await createServices(config);
if (config.DEMO_MODE && !(await demoTenantExists(services.db))) {
  // The seed code and faker are loaded only when there is something to seed (decision 0017).
  const { seedDemoIfEmpty } = await import('./seed/seed-demo');
  const seed = await seedDemoIfEmpty(services.db, { secretBox: services.secretBox });
  if (seed.seeded) console.log(`Seeded Gemeente Voorbeeld with ${seed.households} households.`);
}
// PGlite's data directory is this process's alone: an import still `running` there was cut off by
// the last stop, so it is failed now rather than after its heartbeat goes stale.
const interrupted = await failStaleImports(services.db, undefined, services.db.kind === 'pglite' ? 0 : STALE_AFTER_SECONDS);
if (interrupted) console.log(`Marked ${interrupted} directory import(s) whose server stopped as failed.`);
const app = await buildApp(services);
const address = await app.listen({ host: config.HOST, port: config.PORT });
const jobs = [purgeExpiredCredentialsJob(config.SESSION_IDLE_MINUTES), endSignalMatchRegistrationsJob(), meldcodeOverdueRemindersJob(), directoryConfirmationsJob(services.mailer), expiredActivityProposalsJob(), staleImportsJob(),
  referralFollowUpJob(() => ({ mailer: services.mailer, secretBox: services.secretBox, baseUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` }))];
const stopJobs = config.JOBS_ENABLED ? startJobRunner(services.db, jobs, app.log) : () => Promise.resolve();

const url = config.PUBLIC_URL ?? address.replace('127.0.0.1', 'localhost');
console.log(`\nWijkwijs is running at ${url} (${services.db.kind}, ${config.DEMO_MODE ? 'demo mode' : 'production mode'}) — ready in ${Math.round(performance.now() - startedAt)} ms`);
if (config.DEMO_MODE) {
  console.log(`Demo accounts (password ${DEMO_PASSWORD}, no two-factor code needed in demo mode):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(30)} ${account.roles.join(', ')}${account.team ? ` — ${account.team}` : ''}`);
}

async function shutdown(signal: string) {
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await stopJobs();
  await services.db.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
