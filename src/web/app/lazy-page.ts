import { createElement, lazy, type ComponentType } from 'react';

export type LazyPage = ComponentType & {
  /** Loads the screen's chunk; once it is in, the screen renders without suspending. */
  preload: () => Promise<void>;
};

/**
 * A screen in a chunk of its own, like `React.lazy`, that can also be loaded before React first
 * renders (main.tsx preloads the screen of the address the visitor opened). React.lazy on its own
 * always suspends on the first render, even when the chunk is already in: the visitor sees the
 * Suspense fallback first, and the real content only a render later. A preloaded screen renders
 * at once, so the first paint is the screen itself.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const fetchScreen = () =>
    (pending ??= load().then(
      (screen) => (loaded = screen),
      (error: unknown) => {
        pending = undefined; // A failed chunk (a new deploy, offline) may be tried again.
        throw error;
      },
    ));
  const Lazy = lazy(() => fetchScreen().then((screen) => ({ default: screen })));
  const Page = () => createElement(loaded ?? Lazy);
  Page.preload = () => fetchScreen().then(() => undefined);
  return Page;
}
