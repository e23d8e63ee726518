import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadLinkHeader, readPagePreloads } from './page-preloads';

describe('page preloads', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  async function webRootWith(content: string | null): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'wijkwijs-preloads-'));
    dirs.push(dir);
    if (content !== null) {
      await mkdir(join(dir, '.vite'));
      await writeFile(join(dir, '.vite/page-preloads.json'), content);
    }
    return dir;
  }

  it('announces scripts as modulepreload and stylesheets as style preloads, for that page only', () => {
    const preloads = { '/inloggen': ['/assets/SignInPage-abc.js', '/assets/form-def.js', '/assets/signals-x1.css'] };
    expect(preloadLinkHeader(preloads, '/inloggen')).toBe('</assets/SignInPage-abc.js>; rel=modulepreload, </assets/form-def.js>; rel=modulepreload, </assets/signals-x1.css>; rel=preload; as=style; crossorigin');
    expect(preloadLinkHeader(preloads, '/inloggen/extra')).toBeNull();
    expect(preloadLinkHeader(preloads, '/')).toBeNull();
  });

  it('drops anything that is not a built script or stylesheet, so the header cannot be bent', () => {
    const preloads = { '/inloggen': ['https://elsewhere.example/x.js', '/assets/a.js>; rel=prefetch', '/assets/../secret.js', '/index.html'] };
    expect(preloadLinkHeader(preloads, '/inloggen')).toBeNull();
  });

  it('reads the list the build wrote, and treats a missing or malformed file as no preloads', async () => {
    const written = { '/zorg-melden': ['/assets/PublicSignalPage-1.js', 42] };
    expect(await readPagePreloads(await webRootWith(JSON.stringify(written)))).toEqual({ '/zorg-melden': ['/assets/PublicSignalPage-1.js'] });
    expect(await readPagePreloads(await webRootWith(null))).toEqual({});
    expect(await readPagePreloads(await webRootWith('{not json'))).toEqual({});
    expect(await readPagePreloads(await webRootWith('["/assets/a.js"]'))).toEqual({});
  });
});
