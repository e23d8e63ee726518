import type { Catalogue } from './i18n-catalogues';

/**
 * The Dutch catalogue comes in two parts (decision 0022). The public part is in the shell: the
 * texts of the layout, the shared form and error components, and the screens anyone can open
 * without signing in (sign-in, password, zorg melden, sociale kaart, verwijzing). The staff part
 * (households, meldcode, admin screens, …) is a chunk of its own that the signed-in screens load
 * with their code (AppRoutes.tsx), so a resident on /sociale-kaart does not download it.
 *
 * A namespace (a top-level key) is public when it is listed here; every other one is staff. The
 * i18n test follows the imports of the public screens and fails when one of them names a text of a
 * staff namespace. Should a text still be missing at run time, i18n.ts loads the staff part and
 * the screen renders again (a missing key never stays on screen).
 */
export const PUBLIC_NAMESPACES: ReadonlySet<string> = new Set([
  // Layout, navigation and what every screen shares
  'common', 'layout', 'nav', 'roles', 'form', 'validation', 'problem', 'problemField', 'forbidden', 'notFound', 'errorPage', 'pager',
  // Sign-in and passwords
  'signIn', 'demo', 'forgotPassword', 'setPassword', 'password',
  // Menu entries of the features (navigation.ts) and the public signal form
  'directoryNav', 'signalsNav', 'signals', 'outreach', 'signalMatching', 'referralsNav', 'meldcodeNav', 'hsdsImportNav',
  // The public sociale kaart
  'publicDirectory', 'directorySearch', 'directoryMap', 'directoryCost', 'directoryKind', 'directoryModeration', 'directoryWeekday',
  'directoryFormat', 'directoryService', 'suggestChange', 'proposeActivity', 'confirmProposal',
  // The referral link a resident opens from a message
  'referrals',
]);

export type CataloguePart = 'public' | 'staff';

/** The namespaces of `catalogue` that belong to `part`. */
export function cataloguePart(catalogue: Catalogue, part: CataloguePart): Catalogue {
  return Object.fromEntries(Object.entries(catalogue).filter(([namespace]) => PUBLIC_NAMESPACES.has(namespace) === (part === 'public')));
}
