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
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
