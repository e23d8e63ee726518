import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests in Debian's Chromium (/usr/bin/chromium); nothing here downloads a browser, so never
 * run `npx playwright install`. The web server is built and started fresh on its own port with an
 * empty data directory (PGlite, demo seed), or on DATABASE_URL when that is set.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

/** One data directory per run under .tmp/e2e; runs older than a day are cleared (never a running one). */
function freshDataDir(): string {
  const parent = resolve('.tmp/e2e');
  mkdirSync(parent, { recursive: true });
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (name.startsWith('run-') && Date.now() - statSync(path).mtimeMs > 24 * 3600_000) rmSync(path, { recursive: true, force: true });
  }
  const dir = join(parent, `run-${Date.now()}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
// Workers load this file again with the runner's environment: only the runner makes the directory.
process.env.WIJKWIJS_E2E_DATA_DIR ??= freshDataDir();

const serverEnv: Record<string, string> = {
  PORT: String(port),
  HOST: '127.0.0.1',
  DATA_DIR: process.env.WIJKWIJS_E2E_DATA_DIR,
  // Every browser test signs in from 127.0.0.1: lift the per-IP sign-in limit for the test server only.
  SIGN_IN_RATE_LIMIT: '1000',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'development',
};
if (process.env.DATABASE_URL) {
  serverEnv.DATABASE_URL = process.env.DATABASE_URL;
  serverEnv.DEMO_MODE = 'true';
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // A test's time bounds a hang, nothing more. On a slow 2-core machine (2026-11-29) the referral
  // flow (three mailed links answered, each screen checked by axe) took 31 s and failed on the old
  // 30 s bound although every step had done what it should; flows with their own bound took 37–42 s.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL,
    // No trace: recording one for every test (kept only on failure) cost a fifth of the run, the DOM
    // snapshots most of it (four long specs, 2026-11-29: 195–200 s with, 187 s without screenshots,
    // 155 s off). A failure still leaves its screenshot and error-context.md (the page's ARIA
    // snapshot); to record traces, run `npx playwright test --trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          // Without the background-networking flags Chromium keeps calling out to a closed network.
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    // What `npm start` runs: the built web app and the server bundle with its Node options (both
    // built fresh, so a stale bundle from another checkout state is never tested).
    command: 'npm run build && node scripts/build-server.mjs && node scripts/start.mjs',
    url: `${baseURL}/health/ready`,
    env: serverEnv,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
