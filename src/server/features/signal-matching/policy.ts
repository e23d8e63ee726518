import type { Role } from '../../../contracts/common';
import { hasRole, type Actor } from '../../platform/actor';

/**
 * Who registers involvement with a young person: every professional who works with young people
 * themselves — signallers (school, GP, club), outreach workers, coaches, specialists, safety
 * officers and team leads. Providers answer referrals and analysts never see a person; admins
 * only switch the function on or off.
 */
export const REGISTRANT_ROLES: readonly Role[] = ['signaller', 'outreach', 'coach', 'specialist', 'safety_officer', 'team_lead'];

export const canRegister = (actor: Actor): boolean => hasRole(actor, ...REGISTRANT_ROLES);
export const canReadOwnRegistrations = (actor: Actor): boolean => hasRole(actor, 'client');
export const canChangeSettings = (actor: Actor): boolean => hasRole(actor, 'admin');

/** A registration is the registrant's alone: nobody else reads or withdraws it. */
export const ownsRegistration = (actor: Actor, registration: { user_id: string }): boolean => registration.user_id === actor.userId;

/** Another organisation's registration: not the user's own, and not a colleague of the same organisation. */
export const isOtherOrganisation = (actor: Actor, mine: { organisation_name: string }, other: { user_id: string; organisation_name: string }): boolean =>
  other.user_id !== actor.userId && other.organisation_name.toLowerCase() !== mine.organisation_name.toLowerCase();
