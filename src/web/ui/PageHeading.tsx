import { Heading1 } from '@utrecht/component-library-react';
import { createContext, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** False on the first page of a visit (focus stays at the top, so the skip link comes first); true after any navigation. */
export const RouteFocusContext = createContext({ focusHeading: false, siteName: 'Wijkwijs' });

/**
 * The h1 of a screen. It sets the document title and, after a route change, takes the focus so that
 * screen-reader and keyboard users start at the new page's heading.
 */
export function PageHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { focusHeading, siteName } = useContext(RouteFocusContext);
  const { t } = useTranslation();

  useEffect(() => {
    document.title = t('layout.documentTitle', { page: children, site: siteName });
  }, [children, siteName, t]);

  useEffect(() => {
    if (focusHeading) ref.current?.focus({ preventScroll: false });
    // Only when the screen mounts, not when its text changes with the language.
  }, []);

  return (
    <Heading1 ref={ref} tabIndex={-1} className="wijkwijs-page-heading">
      {children}
    </Heading1>
  );
}
