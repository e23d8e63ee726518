import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { i18nPartModules } from './scripts/build/i18n-part-modules';
import { pruneCss } from './scripts/build/prune-css';

/** Libraries the shell runs on every page (see `codeSplitting` below). */
const SHELL_LIBRARIES = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack[\\/][\w-]+|use-sync-external-store)[\\/]/;

/**
 * What every form runs on (see `codeSplitting` below): react-hook-form, ui/form and the plain checks'
 * rules, and the two field components that live in households/ui but serve other features' forms.
 * Not password-schema.ts: it is zod, which the public pages' forms do without (decision 0020), and a
 * group takes in what its modules import.
 */
const FORM_MODULES = /[\\/]node_modules[\\/]react-hook-form[\\/]|[\\/]src[\\/]web[\\/]ui[\\/]form[\\/](?!password-schema)|[\\/]src[\\/]contracts[\\/]rules\.ts$|[\\/]src[\\/]web[\\/]features[\\/]households[\\/]ui[\\/](CheckboxField|TextareaField)\.tsx$/;

/** The shell: main.tsx (with its static imports) and the small shared components of ui/ that screens use. */
const SHELL_MODULES = /[\\/]src[\\/]web[\\/](main\.tsx|ui[\\/][\w-]+\.tsx?)$/;

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
 * Trims the stylesheets to the Utrecht components and design tokens the app can use (see
 * scripts/build/prune-css.ts): the NL Design System CSS is render-blocking and mostly unused.
 * Runs after Vite has written index.html into the bundle, as that names classes too.
 */
const pruneStyles: Plugin = {
  name: 'wijkwijs:prune-css',
  apply: 'build',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const items = Object.values(bundle);
    const html = items.filter((item) => item.type === 'asset' && item.fileName.endsWith('.html'));
    if (!html.length) this.error('prune-css: no index.html in the bundle yet');
    const code = items.map((item) => (item.type === 'chunk' ? item.code : item.fileName.endsWith('.html') ? String(item.source) : '')).join('\n');
    const stylesheets = items.flatMap((item) => (item.type === 'asset' && item.fileName.endsWith('.css') ? [item] : []));
    for (const item of stylesheets) {
      const before = String(item.source);
      // The other stylesheets count as users too: a screen's own CSS reads the theme's tokens.
      const others = stylesheets.filter((other) => other !== item).map((other) => String(other.source));
      const pruned = pruneCss(before, [code, ...others].join('\n'));
      item.source = pruned.css;
      this.info(`${item.fileName}: ${before.length} → ${pruned.css.length} bytes (${pruned.removedSelectors} selectors, ${pruned.removedCustomProperties} custom properties unused)`);
    }
  },
};

/**
 * Writes `.br` and `.gz` next to every script and stylesheet of the build, which the server sends
 * to browsers that accept them (@fastify/static `preCompressed`): the NL Design System CSS alone is
 * ~570 kB raw and render-blocking. Built once here, so serving costs no CPU.
 */
let outDir = '';
const precompressAssets: Plugin = {
  name: 'wijkwijs:precompress-assets',
  apply: 'build',
  // The configured directory, not dist/web: a build with --outDir (a measurement, a second
  // worktree) must neither fail on a missing dist/web nor write into another build's assets.
  configResolved(config) {
    outDir = resolve(config.root, config.build.outDir);
  },
  async closeBundle() {
    const dir = join(outDir, 'assets');
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
  '/sociale-kaart': 'features/public-directory/PublicDirectoryRoutes.tsx',
};

/** Writes dist/web/.vite/page-preloads.json: page path → the stylesheets and scripts of the shell and of its screen. */
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
    const cssOf = (files: string[]) => [...new Set(files.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]))];
    const largestFirst = (files: string[]) => [...files].sort((a, b) => (byFile.get(b)?.code.length ?? 0) - (byFile.get(a)?.code.length ?? 0));
    // The shell (entry and its static imports) is in index.html too, but the header is read first:
    // announcing it there, render-blocking stylesheet first, then the largest scripts, keeps the
    // screen's chunks from taking the browser's few connections before the shell has them.
    const shellFiles = staticGraph(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
    const shell = new Set(shellFiles);
    const shellFirst = [...cssOf(shellFiles), ...largestFirst(shellFiles)];
    const pages: Record<string, string[]> = {};
    for (const [path, module] of Object.entries(FIRST_PAGES)) {
      const id = resolve(repoRoot, 'src/web', module);
      const page = chunks.find((chunk) => chunk.facadeModuleId === id);
      if (!page) this.error(`page-preloads: no chunk for ${module} (${path}); update FIRST_PAGES in vite.config.ts`);
      const files = staticGraph([page.fileName]).filter((file) => !shell.has(file));
      pages[path] = [...shellFirst, ...cssOf(files), ...largestFirst(files)].map((file) => `/${file}`);
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
  plugins: [react(), i18nPartModules(resolve(repoRoot, 'src/web/i18n')), shakeUtrechtComponents, pruneStyles, precompressAssets, pagePreloads],
  build: {
    outDir: resolve(repoRoot, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or data: modules: the server's CSP is script-src 'self'.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // The shell in two files instead of ten: on a phone every extra request in the first round
        // costs a round trip. `vendor` is the libraries every page runs (it changes only with a
        // dependency bump, so browsers keep it across releases); `shell` is main.tsx with everything
        // it imports statically (layout, routes, Dutch texts). Screens stay lazy chunks of their own.
        // `forms` is one file for what every form needs, so a public page with a form (/inloggen,
        // /sociale-kaart) loads shell, forms and its own screen, not five more chunks under 1 kB.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: SHELL_LIBRARIES, priority: 3 },
            { name: 'forms', test: FORM_MODULES, priority: 1 },
            { name: 'shell', test: SHELL_MODULES, priority: 2 },
          ],
        },
      },
    },
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
