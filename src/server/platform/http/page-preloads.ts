import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The lazy screen of a first page (e.g. /inloggen), announced with index.html as
 * `Link: <…>; rel=modulepreload` so the browser fetches it beside the shell rather than after the
 * shell has run. The build writes the list (vite.config.ts, `wijkwijs:page-preloads`); it is read
 * per request, so a rebuild never leaves a running server announcing stale file names.
 */
export type PagePreloads = Record<string, string[]>;

const ASSET = /^\/assets\/[\w.-]+\.(js|css)$/;

/** The Link header value for one page, or null when the page has nothing to preload. */
export function preloadLinkHeader(preloads: PagePreloads, path: string): string | null {
  const files = (preloads[path] ?? []).filter((file) => ASSET.test(file));
  if (!files.length) return null;
  // `crossorigin` as on Vite's <link rel=stylesheet crossorigin>: a preload only serves a request of the same mode.
  return files.map((file) => (file.endsWith('.css') ? `<${file}>; rel=preload; as=style; crossorigin` : `<${file}>; rel=modulepreload`)).join(', ');
}

/** Reads dist/web/.vite/page-preloads.json; none (no build, or an older build) means no preloads. */
export async function readPagePreloads(webRoot: string): Promise<PagePreloads> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(webRoot, '.vite/page-preloads.json'), 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const preloads: PagePreloads = {};
    for (const [path, files] of Object.entries(parsed)) if (Array.isArray(files)) preloads[path] = files.filter((file): file is string => typeof file === 'string');
    return preloads;
  } catch {
    return {};
  }
}
