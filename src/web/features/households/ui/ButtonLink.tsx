import { ButtonLink as UtrechtButtonLink, type ButtonLinkProps } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/** A link that looks like a button ("Nieuw huishouden aanmelden"), navigating inside the app. */
export function ButtonLink({ to, children, appearance = 'secondary-action-button' }: { to: string; children: ReactNode; appearance?: ButtonLinkProps['appearance'] }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <UtrechtButtonLink href={href} onClick={navigate} appearance={appearance}>
      {children}
    </UtrechtButtonLink>
  );
}
