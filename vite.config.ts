import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const UTRECHT_REACT = /[\\/]@utrecht[\\/][a-z-]+-react[\\/]dist[\\/][^\\/]*\.mjs$/;

/**
 * The Utrecht React barrel assigns `X.displayName = '…'` at top level; those writes count as side
 * effects, so every component (≈250 kB) would ship. Dropping them in production lets unused ones go.
 */
const shakeUtrechtComponents: Plugin = {
  name: 'wijkwijs:shake-utrecht-components',
  apply: 'build',
  transform(code, id) {
    if (!UTRECHT_REACT.test(id)) return null;
    return { code: code.replace(/^[ \t]*[\w$]+\.displayName = (['"])[\w.]+\1;?[ \t]*$/gm, ''), map: null };
  },
};

/**
 * Writes `.br` and `.gz` next to every script and stylesheet of the build, which the server sends
 * to browsers that accept them (@fastify/static `preCompressed`): the NL Design System CSS alone is
 * ~570 kB raw and render-blocking. Built once here, so serving costs no CPU.
 */
const precompressAssets: Plugin = {
  name: 'wijkwijs:precompress-assets',
  apply: 'build',
  async closeBundle() {
    const dir = resolve(repoRoot, 'dist/web/assets');
    for (const file of await readdir(dir)) {
      if (!/\.(js|css|svg)$/.test(file)) continue;
      const content = await readFile(join(dir, file));
      if (content.length < 1024) continue;
      await writeFile(join(dir, `${file}.gz`), gzipSync(content, { level: 9 }));
      await writeFile(join(dir, `${file}.br`), brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
    }
  },
};

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://127.0.0.1:3000';

/** The web app lives in src/web; the server serves the build from dist/web with an SPA fallback. */
export default defineConfig({
  root: resolve(repoRoot, 'src/web'),
  publicDir: false,
  plugins: [react(), shakeUtrechtComponents, precompressAssets],
  build: {
    outDir: resolve(repoRoot, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or data: modules: the server's CSP is script-src 'self'.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': apiServer, '/health': apiServer },
  },
  preview: {
    port: 5173,
    proxy: { '/api': apiServer, '/health': apiServer },
  },
});
