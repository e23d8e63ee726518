import { useEffect, useRef, useState } from 'react';

/**
 * Which row is being edited. Opening the edit form moves the focus to its heading; closing it moves
 * the focus back to the button that opened it.
 */
export function useEditTarget<T extends { id: string }>() {
  const [target, setTarget] = useState<T | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (target) headingRef.current?.focus();
  }, [target]);

  return {
    target,
    headingRef,
    open: (item: T) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setTarget(item);
    },
    close: () => {
      setTarget(null);
      requestAnimationFrame(() => opener.current?.focus());
    },
  };
}
