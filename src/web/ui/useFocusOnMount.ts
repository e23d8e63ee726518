import { useEffect, useRef } from 'react';

/**
 * Focus for an element that replaces the control the user just used (a step that follows a button
 * that disappears), so keyboard and screen-reader users are not dropped at the top of the page.
 * Give the element tabIndex={-1} when it is not focusable itself.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
