import type { Me } from '../../contracts/auth';
import type { Role } from '../../contracts/common';
import { hasRole } from './session';

export interface NavItem {
  path: string;
  labelKey: string;
  roles?: readonly Role[];
  demoOnly?: boolean;
}

/** Where a session that must first set up two-factor authentication is sent. */
export const TOTP_SETUP_PATH = '/account/tweestapsverificatie';

const ADMIN: readonly Role[] = ['admin'];
/** Who works on household files (the server decides per household). */
export const CASE_WORKERS: readonly Role[] = ['coach', 'team_lead', 'specialist'];

/** Every screen in the menu, with who may use it. Only screens that exist are listed. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home' },
  { path: '/huishoudens', labelKey: 'nav.households', roles: CASE_WORKERS },
  { path: '/beheer/gebruikers', labelKey: 'nav.users', roles: ADMIN },
  { path: '/beheer/teams', labelKey: 'nav.teams', roles: ADMIN },
  { path: '/beheer/wijken', labelKey: 'nav.districts', roles: ADMIN },
  { path: '/beheer/huisstijl', labelKey: 'nav.theme', roles: ADMIN },
  { path: '/beheer/audit', labelKey: 'nav.audit', roles: ADMIN },
  { path: '/beheer/sociale-kaart-import', labelKey: 'hsdsImportNav', roles: ADMIN },
  { path: '/beheer/outbox', labelKey: 'nav.outbox', roles: ADMIN, demoOnly: true },
  { path: '/account', labelKey: 'nav.account' },
];

export function navItemsFor(me: Me): NavItem[] {
  return NAV_ITEMS.filter((item) => hasRole(me, item.roles) && (!item.demoOnly || me.demoMode));
}
