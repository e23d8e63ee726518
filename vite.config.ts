import { resolve } from 'node:path';
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

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://127.0.0.1:3000';

/** The web app lives in src/web; the server serves the build from dist/web with an SPA fallback. */
export default defineConfig({
  root: resolve(repoRoot, 'src/web'),
  publicDir: false,
  plugins: [react(), shakeUtrechtComponents],
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
