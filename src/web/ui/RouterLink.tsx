import { Link, LinkListLink, NavListLink, type LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, useLocation, type To } from 'react-router';

type RouterLinkProps = Omit<LinkProps, 'href'> & { to: To };

function useRouterAnchor(to: To, onClick: LinkProps['onClick']) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return { href, onClick: handleClick };
}

/** An NL Design System link that navigates inside the app without a page load. */
export function RouterLink({ to, onClick, ...rest }: RouterLinkProps) {
  return <Link {...rest} {...useRouterAnchor(to, onClick)} />;
}

/** A navigation item that marks the current page with aria-current. */
export function NavRouterLink({ to, onClick, ...rest }: RouterLinkProps & { to: string }) {
  const { pathname } = useLocation();
  const current = to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
  return <NavListLink {...rest} {...useRouterAnchor(to, onClick)} aria-current={current ? 'page' : undefined} />;
}

/** An item of an NL Design System link list that navigates inside the app. */
export function LinkListRouterLink({ to, children }: { to: string; children: string }) {
  return <LinkListLink {...useRouterAnchor(to, undefined)}>{children}</LinkListLink>;
}
