import type { Me } from '../../contracts/auth';
import type { Role } from '../../contracts/common';
import { DIRECTORY_KEEPERS, DIRECTORY_MODERATORS, DIRECTORY_STAFF } from '../features/directory/roles';
import { hasRole } from './session';

export interface NavItem {
  path: string;
  labelKey: string;
  roles?: readonly Role[];
  demoOnly?: boolean;
  /** Shown only while the municipality has this function switched on. */
  feature?: keyof Me['features'];
}

/** Where a session that must first set up two-factor authentication is sent. */
export const TOTP_SETUP_PATH = '/account/tweestapsverificatie';

const ADMIN: readonly Role[] = ['admin'];
/** Who works on household files (the server decides per household). */
export const CASE_WORKERS: readonly Role[] = ['coach', 'team_lead', 'specialist'];
/** Who keeps or reads an outreach log (the server decides whose entries). */
export const OUTREACH_READERS: readonly Role[] = ['outreach', 'coach', 'team_lead'];
/** Who registers involvement with a young person for signal matching. */
export const SIGNAL_MATCH_REGISTRANTS: readonly Role[] = ['signaller', 'outreach', 'coach', 'specialist', 'safety_officer', 'team_lead'];

/** Every screen in the menu, with who may use it. Only screens that exist are listed. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home' },
  { path: '/huishoudens', labelKey: 'nav.households', roles: CASE_WORKERS },
  { path: '/signalen', labelKey: 'signalsNav.triage', roles: ['coach', 'team_lead', 'safety_officer'] },
  { path: '/signalen/doorgeven', labelKey: 'signalsNav.send', roles: ['signaller', 'outreach'] },
  { path: '/signalen/mijn', labelKey: 'signalsNav.mine', roles: ['signaller', 'outreach'] },
  { path: '/meldcode', labelKey: 'meldcodeNav', roles: ['coach', 'team_lead', 'safety_officer', 'admin'] },
  { path: '/outreach', labelKey: 'outreach.nav', roles: OUTREACH_READERS },
  { path: '/signaalmatching', labelKey: 'signalMatching.nav', roles: SIGNAL_MATCH_REGISTRANTS, feature: 'signalMatching' },
  { path: '/wie-is-bij-mij-betrokken', labelKey: 'signalMatching.mine.nav', roles: ['client'], feature: 'signalMatching' },
  { path: '/aanbod', labelKey: 'directoryNav.search', roles: DIRECTORY_STAFF },
  { path: '/aanbod/mijn', labelKey: 'directoryNav.mine', roles: DIRECTORY_KEEPERS },
  { path: '/aanbod/moderatie', labelKey: 'directoryNav.moderation', roles: DIRECTORY_MODERATORS },
  { path: '/sociale-kaart', labelKey: 'directoryNav.public' },
  { path: '/verwijzingen', labelKey: 'referralsNav', roles: ['provider', 'initiative_host'] },
  { path: '/beheer/gebruikers', labelKey: 'nav.users', roles: ADMIN },
  { path: '/beheer/teams', labelKey: 'nav.teams', roles: ADMIN },
  { path: '/beheer/wijken', labelKey: 'nav.districts', roles: ADMIN },
  { path: '/beheer/huisstijl', labelKey: 'nav.theme', roles: ADMIN },
  { path: '/beheer/audit', labelKey: 'nav.audit', roles: ADMIN },
  { path: '/beheer/signaalmatching', labelKey: 'signalMatching.settings.nav', roles: ADMIN },
  { path: '/beheer/sociale-kaart-import', labelKey: 'hsdsImportNav', roles: ADMIN },
  { path: '/beheer/outbox', labelKey: 'nav.outbox', roles: ADMIN, demoOnly: true },
  { path: '/account', labelKey: 'nav.account' },
];

export function navItemsFor(me: Me): NavItem[] {
  return NAV_ITEMS.filter((item) => hasRole(me, item.roles) && (!item.demoOnly || me.demoMode) && (!item.feature || me.features[item.feature]));
}
