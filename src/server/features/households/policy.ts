import { hasRole, type Actor } from '../../platform/actor';

/** Intake is case work: coaches and team leads register households for a team they belong to. */
export const canRegisterHousehold = (actor: Actor, teamId: string): boolean =>
  hasRole(actor, 'coach', 'team_lead') && actor.teamIds.includes(teamId);

/** A coach may take a new case as coordinator; a team lead assigns one from the waiting list. */
export const canBecomeCoordinator = (actor: Actor): boolean => hasRole(actor, 'coach');
