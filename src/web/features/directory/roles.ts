import type { Role } from '../../../contracts/common';

/** Who searches the directory as staff (also professional-only entries), as the server allows. */
export const DIRECTORY_STAFF: readonly Role[] = ['coach', 'specialist', 'team_lead', 'safety_officer', 'outreach', 'provider', 'signaller', 'initiative_host', 'analyst', 'admin'];
/** The team moderates informal entries and handles suggestions. */
export const DIRECTORY_MODERATORS: readonly Role[] = ['coach', 'team_lead', 'admin'];
/** Who keeps entries: providers their organisation's, hosts their own activities, admins all. */
export const DIRECTORY_KEEPERS: readonly Role[] = ['provider', 'initiative_host', 'admin'];
/** Who keeps organisations' places: providers their organisation's, admins any organisation's in the municipality. */
export const LOCATION_KEEPERS: readonly Role[] = ['provider', 'admin'];
