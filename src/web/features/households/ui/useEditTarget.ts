import { useEffect, useRef, useState } from 'react';

/**
 * Which item is being edited. Opening its form moves the focus to the form's heading; closing it
 * moves the focus back to the button that opened it. (Same behaviour as the admin screens.)
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
