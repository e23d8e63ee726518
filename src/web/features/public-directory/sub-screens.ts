import type { SyntheticEvent } from 'react';
import { lazyPage, type LazyPage } from '../../app/lazy-page';

/**
 * The sociale kaart's screens besides the search, each in a chunk of its own: a visitor who opens
 * /sociale-kaart loads the search only, not the service page with its change form or the
 * proposal form (and zod, which those still validate with; decision 0020).
 */
export const PublicServicePage = lazyPage(() => import('./PublicServicePage').then((m) => m.PublicServicePage));
export const ProposeActivityPage = lazyPage(() => import('./ProposeActivityPage').then((m) => m.ProposeActivityPage));

const SUB_SCREENS: [RegExp, LazyPage][] = [
  [/^\/sociale-kaart\/aanbod\/[^/]+\/?$/, PublicServicePage],
  [/^\/sociale-kaart\/activiteit-aanmelden\/?$/, ProposeActivityPage],
];

/** Starts loading the screen of `path` (an address under /sociale-kaart) if it has one of its own; resolves either way. */
export function preloadSubScreen(path: string): Promise<void> {
  const pathname = path.split(/[?#]/)[0] ?? '';
  const screen = SUB_SCREENS.find(([pattern]) => pattern.test(pathname))?.[1];
  return screen ? screen.preload().catch(() => undefined) : Promise.resolve();
}

/**
 * For `onPointerOver` and `onFocus` around links: the screen a link leads to starts loading when
 * the pointer reaches it or the keyboard focuses it, a few hundred milliseconds before the click.
 */
export function preloadLinkTarget(event: SyntheticEvent): void {
  const href = event.target instanceof Element ? event.target.closest('a[href]')?.getAttribute('href') : null;
  if (href) void preloadSubScreen(href);
}
