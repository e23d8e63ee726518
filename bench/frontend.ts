import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The front end's share of `npm run bench`: the initial JavaScript of each page from the production
 * build (gzipped bytes), and a Lighthouse run per page, mobile and desktop, with Debian's Chromium.
 */

export interface FrontendPage {
  id: string;
  title: string;
  /** Path on the Wijkwijs server. */
  path: string;
  /** File-name prefix of the page's lazy chunk in dist/web/assets (the React.lazy module), if it has one. */
  chunk?: string;
  /** Run Lighthouse on it (only pages that render without a session). */
  lighthouse: boolean;
}

/**
 * Pages measured by default: the staff app's start page and the two public pages people open
 * first (Lighthouse runs on those, mobile and desktop). Add a page by adding an entry here, or pass
 * `--lighthouse-paths` for a one-off run. The public directory's lazy chunk is its route module
 * (PublicDirectoryRoutes, with the search page it imports statically; the service page, the
 * proposal form and the map are later `import()`s).
 */
export const FRONTEND_PAGES: FrontendPage[] = [
  { id: 'staff-start', title: 'Staff app: start page (after sign-in)', path: '/', chunk: 'HomePage', lighthouse: false },
  { id: 'public-sign-in', title: 'Public: sign-in page', path: '/inloggen', chunk: 'SignInPage', lighthouse: true },
  { id: 'public-directory', title: 'Public: directory search', path: '/sociale-kaart', chunk: 'PublicDirectoryRoutes', lighthouse: true },
];

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageBundle {
  page: string;
  title: string;
  path: string;
  /** The entry chunk, its static imports, and the page's lazy chunk with its static imports. */
  files: BundleFile[];
  bytes: number;
  gzipBytes: number;
  /** The page's chunk was not found in the build (renamed or not yet built). */
  missingChunk?: string;
}

export interface LighthouseRun {
  path: string;
  formFactor: 'mobile' | 'desktop';
  performance: number | null;
  accessibility: number | null;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  /** JavaScript transferred on the page as Lighthouse saw it (compressed on the wire). */
  scriptBytes: number | null;
  error?: string;
}

export interface FrontendResult {
  /** The shell every page loads: entry chunk and its static imports. */
  entry: PageBundle | null;
  pages: PageBundle[];
  /** Gzip level used for the byte counts (zlib default, as most servers use). */
  gzipLevel: number;
  buildMs: number | null;
  lighthouse: LighthouseRun[];
  chromium: string | null;
  error?: string;
}

const GZIP_LEVEL = 6;
// Static imports of an ES chunk as Rollup writes them (`import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`). Dynamic `import("./x.js")` is left out on purpose: it loads later.
const STATIC_IMPORT = /(?:\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*)["']\.\/([\w.-]+\.js)["']/g;

/** Files a chunk pulls in before it runs: itself and its static imports, transitively. */
export async function staticClosure(assetsDir: string, file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(join(assetsDir, file), 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) await staticClosure(assetsDir, match[1]!, seen);
  return seen;
}

async function sizes(assetsDir: string, files: Iterable<string>): Promise<BundleFile[]> {
  const out: BundleFile[] = [];
  for (const file of [...files].sort()) {
    const content = await readFile(join(assetsDir, file));
    out.push({ file, bytes: content.length, gzipBytes: gzipSync(content, { level: GZIP_LEVEL }).length });
  }
  return out;
}

function bundle(page: Pick<PageBundle, 'page' | 'title' | 'path'>, files: BundleFile[], missingChunk?: string): PageBundle {
  return {
    ...page,
    files,
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    gzipBytes: files.reduce((a, f) => a + f.gzipBytes, 0),
    ...(missingChunk ? { missingChunk } : {}),
  };
}

/** Initial JavaScript per page from a Vite build in `distDir` (index.html + assets/). */
export async function measureBundles(distDir: string, pages: readonly FrontendPage[]): Promise<{ entry: PageBundle; pages: PageBundle[] }> {
  const assetsDir = join(distDir, 'assets');
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const entryFiles = new Set<string>();
  for (const match of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?assets\/([\w.-]+\.js)"/g))
    await staticClosure(assetsDir, match[1]!, entryFiles);
  if (!entryFiles.size) throw new Error(`No module script in ${join(distDir, 'index.html')}`);
  const assets = await readdir(assetsDir);
  const entry = bundle({ page: 'entry', title: 'Shell (entry chunk and its static imports)', path: '*' }, await sizes(assetsDir, entryFiles));
  const measured: PageBundle[] = [];
  for (const page of pages) {
    const files = new Set(entryFiles);
    const chunk = page.chunk ? assets.find((f) => f.startsWith(`${page.chunk}-`) && f.endsWith('.js')) : undefined;
    if (chunk) await staticClosure(assetsDir, chunk, files);
    measured.push(bundle({ page: page.id, title: page.title, path: page.path }, await sizes(assetsDir, files), page.chunk && !chunk ? page.chunk : undefined));
  }
  return { entry, pages: measured };
}

/** `vite build` into dist/web, as `npm start` does; returns its wall time. */
export async function buildWeb(root: string, logFile: string): Promise<number> {
  const { createWriteStream } = await import('node:fs');
  const started = performance.now();
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`vite build exited with ${code}; see ${logFile}`);
  return performance.now() - started;
}

export const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Chromium flags for a quiet, offline run: no background traffic, no component or sync updates,
 * and every host name but the loopback address fails to resolve, so nothing reaches the internet.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

const score = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100));

/** Lighthouse (Node API) on each path, mobile then desktop, with Debian's Chromium. */
export async function runLighthouse(baseUrl: string, paths: readonly string[], say: (text: string) => void, reportDir?: string): Promise<{ runs: LighthouseRun[]; chromium: string }> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (set BENCH_CHROMIUM)`);
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const runs: LighthouseRun[] = [];
  let chromium = CHROMIUM;
  try {
    for (const path of paths) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const run: LighthouseRun = { path, formFactor, performance: null, accessibility: null, lcpMs: null, cls: null, tbtMs: null, scriptBytes: null };
        try {
          const result = await lighthouse(
            baseUrl + path,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = result?.lhr;
          if (!lhr) throw new Error('Lighthouse returned no result');
          // The whole Lighthouse result, for its layout-shift and other diagnostics.
          if (reportDir) await writeFile(join(reportDir, `lighthouse-${formFactor}${path.replace(/[^\w]+/g, '-')}.json`), JSON.stringify(lhr));
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          chromium = `${CHROMIUM} (${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'unknown version'})`;
          run.performance = score(lhr.categories.performance?.score);
          run.accessibility = score(lhr.categories.accessibility?.score);
          run.lcpMs = lhr.audits['largest-contentful-paint']?.numericValue ?? null;
          run.cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? null;
          run.tbtMs = lhr.audits['total-blocking-time']?.numericValue ?? null;
          const items = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
          run.scriptBytes = items.find((i) => i.resourceType === 'script')?.transferSize ?? null;
        } catch (error) {
          run.error = error instanceof Error ? error.message : String(error);
        }
        say(`lighthouse ${formFactor} ${path}: ${run.error ? `FAILED ${run.error}` : `performance ${run.performance}, accessibility ${run.accessibility}, LCP ${run.lcpMs?.toFixed(0)} ms, CLS ${run.cls?.toFixed(3)}, TBT ${run.tbtMs?.toFixed(0)} ms`}`);
        runs.push(run);
      }
    }
  } finally {
    chrome.kill();
  }
  return { runs, chromium };
}
