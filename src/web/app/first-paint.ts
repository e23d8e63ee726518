let painted: Promise<void> | undefined;

/**
 * Resolves once the browser has painted the frame after the call (a frame, then a task), and at once
 * from then on. The public directory asks its search and filter requests to wait for it: the screen's
 * text needs no answer from the server, and a request that starts before the first paint is counted
 * into the page's LCP by Lighthouse's simulation (decision 0022), while the visitor's results come
 * one frame later at most. A hidden tab paints nothing, so there it resolves at once.
 */
export function afterFirstPaint(): Promise<void> {
  return (painted ??= new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState === 'hidden') {
      resolve();
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  }));
}
