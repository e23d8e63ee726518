import type { Role } from '../../../contracts/common';
import { hasRole, type Actor } from '../../platform/actor';

/** Every signed-in staff role searches the directory; clients use the public portal. */
export const DIRECTORY_READERS: readonly Role[] = ['coach', 'specialist', 'team_lead', 'safety_officer', 'outreach', 'provider', 'signaller', 'initiative_host', 'analyst', 'admin'];
/** The team moderates informal entries and public suggestions: coaches, team leads, admins. */
export const MODERATORS: readonly Role[] = ['coach', 'team_lead', 'admin'];

export const canSearchDirectory = (actor: Actor): boolean => hasRole(actor, ...DIRECTORY_READERS);
export const canModerate = (actor: Actor): boolean => hasRole(actor, ...MODERATORS);
/** Admins set up organisations and who may keep them. */
export const canManageOrganizations = (actor: Actor): boolean => hasRole(actor, 'admin');

/** What the actor has to do with an entry: member of its organisation, or its host. */
export interface Keeping {
  organizationMember: boolean;
  owner: boolean;
}

/** Providers keep their organisation's entries, hosts their own informal ones; admins keep all. */
export const canEditService = (actor: Actor, keeping: Keeping): boolean =>
  hasRole(actor, 'admin') || (keeping.organizationMember && hasRole(actor, 'provider')) || (keeping.owner && hasRole(actor, 'initiative_host'));

/** Creating: a provider for their organisation (formal or informal), a host an informal entry of their own, an admin anything. */
export function canCreateService(actor: Actor, kind: 'formal' | 'informal', memberOfOrganization: boolean): boolean {
  if (hasRole(actor, 'admin')) return true;
  if (hasRole(actor, 'provider') && memberOfOrganization) return true;
  return kind === 'informal' && hasRole(actor, 'initiative_host');
}

/** Entries by hosts (and the public) wait for moderation; the team's and providers' go live at once. */
export const needsModeration = (actor: Actor): boolean => !hasRole(actor, 'admin', 'provider', 'coach', 'team_lead');

/** A resident with an account proposes activities of their own (moderated); the team and providers use "add a service". */
export const canProposeOwnActivity = (actor: Actor): boolean => hasRole(actor, 'initiative_host');
