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

/**
 * Pages people open first, with the module of their lazy screen (relative to src/web). The server
 * sends their chunks as `Link: rel=modulepreload` with index.html (see page-preloads.ts), so the
 * browser fetches the screen beside the shell instead of after it has run: one round trip less
 * before the first real content on a phone.
 */
const FIRST_PAGES: Record<string, string> = {
  '/inloggen': 'features/auth/SignInPage.tsx',
  '/wachtwoord-vergeten': 'features/auth/ForgotPasswordPage.tsx',
  '/wachtwoord-instellen': 'features/auth/SetPasswordPage.tsx',
  '/zorg-melden': 'features/signals/PublicSignalPage.tsx',
};

/** Writes dist/web/.vite/page-preloads.json: page path → the scripts and stylesheets its screen needs beyond the shell. */
const pagePreloads: Plugin = {
  name: 'wijkwijs:page-preloads',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
    const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const staticGraph = (start: string[]): string[] => {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const next of byFile.get(file)?.imports ?? []) visit(next);
      };
      start.forEach(visit);
      return [...seen];
    };
    // The entry and its static imports are in index.html already.
    const shell = new Set(staticGraph(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName)));
    const pages: Record<string, string[]> = {};
    for (const [path, module] of Object.entries(FIRST_PAGES)) {
      const id = resolve(repoRoot, 'src/web', module);
      const page = chunks.find((chunk) => chunk.facadeModuleId === id);
      if (!page) this.error(`page-preloads: no chunk for ${module} (${path}); update FIRST_PAGES in vite.config.ts`);
      const files = staticGraph([page.fileName]).filter((file) => !shell.has(file));
      const css = files.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
      pages[path] = [...files, ...css].map((file) => `/${file}`);
    }
    this.emitFile({ type: 'asset', fileName: '.vite/page-preloads.json', source: JSON.stringify(pages, null, 2) });
  },
};

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://127.0.0.1:3000';

/** The web app lives in src/web; the server serves the build from dist/web with an SPA fallback. */
export default defineConfig({
  root: resolve(repoRoot, 'src/web'),
  publicDir: false,
  plugins: [react(), shakeUtrechtComponents, precompressAssets, pagePreloads],
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
