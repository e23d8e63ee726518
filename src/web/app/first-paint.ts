let painted: Promise<void> | undefined;

/** The longest a request waits for the first paint, should the browser never report one. */
const LONGEST_WAIT_MS = 2000;

function firstContentfulPaint(resolve: () => void): void {
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    resolve();
  });
  // `buffered`: a paint that happened before this call (a later screen of the same visit) counts at once.
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    resolve();
  }, LONGEST_WAIT_MS);
}

/**
 * Resolves once the browser has shown the page's first text (its first contentful paint), and at
 * once from then on. The public directory's search and filter requests wait for it: the screen's
 * text needs no answer from the server, and a request that starts before the first paint counts
 * towards the page's LCP in Lighthouse's simulation (decision 0022), while the visitor's results come
 * a frame or two later at most. A hidden tab paints nothing, so there it resolves at once; a browser
 * that does not report paints waits two frames.
 */
export function afterFirstPaint(): Promise<void> {
  return (painted ??= new Promise<void>((resolve) => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') resolve();
    else if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) firstContentfulPaint(resolve);
    else if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    else resolve();
  }));
}
