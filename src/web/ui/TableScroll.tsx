import type { ReactNode } from 'react';

/**
 * A wrapper that lets a wide table scroll sideways on small screens. It is focusable and named, so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wijkwijs-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
