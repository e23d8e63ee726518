// `node scripts/build-server.mjs`: bundles the server into dist/server/main.mjs so `npm start` and the
// bench run it with plain Node instead of tsx (decision 0017). npm packages stay external: they
// load from node_modules as they would under tsx. Code behind `await import()` (the demo seed and
// faker, the PDF makers and pdfkit) stays in chunks of its own that load only when used.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const SERVER_BUNDLE = join(root, 'dist/server/main.mjs');
const outdir = join(root, 'dist/server');

/**
 * Files the server reads at run time next to its own module (`import.meta.url`): in the bundle
 * every chunk sits in dist/server, so they are copied there. `dist/web` needs no copy: app.ts finds
 * it two folders up from src/server and from dist/server alike.
 */
const RUNTIME_FILES = [
  ['src/server/db/migrations', 'migrations'],
  ['src/server/features/hsds/schema', 'schema'],
];

export async function buildServer() {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/server/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    splitting: true,
    // Fastify and avvio name plugins after their functions in errors; bundling must not rename them.
    keepNames: true,
    // Stack traces point at src/ (node --enable-source-maps); the sources themselves are in the repository.
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
  for (const [from, to] of RUNTIME_FILES) cpSync(join(root, from), join(outdir, to), { recursive: true });
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildServer();
