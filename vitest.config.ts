import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { i18nPartModules } from './scripts/build/i18n-part-modules';

export default defineConfig({
  // The web app's catalogue parts (virtual modules) for the tests that import i18n-nl.ts.
  plugins: [i18nPartModules(fileURLToPath(new URL('src/web/i18n', import.meta.url)))],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['src/server/testing/global-setup.ts'],
    pool: 'forks',
    // A worker imports the server's modules once for all the files it runs, not once per file:
    // the PGlite suite took 512 s with isolation and 227–255 s without (2026-11-29, 2 cores). Each
    // file still has its own app and database (createTestApp); a test must not rely on a module's
    // state being fresh (database.test.ts takes a module of its own). Checked with the files in
    // shuffled order (`--sequence.shuffle.files`).
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
