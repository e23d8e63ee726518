import { hasRole, type Actor } from '../../platform/actor';

/**
 * How an actor stands to the Meldcode of one household. Only three people see a Meldcode case:
 * the household's coordinator, the safety officer (aandachtsfunctionaris) of the household's team
 * and the team lead of that team. Case team members, specialists and break-the-glass do not.
 */
export interface MeldcodeRelation {
  householdId: string;
  householdName: string;
  householdStatus: 'waiting' | 'active' | 'closed';
  teamId: string | null;
  isCoordinator: boolean;
  isTeamSafetyOfficer: boolean;
  isTeamLead: boolean;
}

export type MeldcodeAccess = 'coordinator' | 'safety_officer' | 'team_lead';

export function meldcodeAccess(actor: Actor, rel: MeldcodeRelation): MeldcodeAccess | null {
  if (rel.isCoordinator && hasRole(actor, 'coach', 'team_lead')) return 'coordinator';
  if (rel.isTeamSafetyOfficer && hasRole(actor, 'safety_officer')) return 'safety_officer';
  if (rel.isTeamLead && hasRole(actor, 'team_lead')) return 'team_lead';
  return null;
}

export const canReadMeldcode = (actor: Actor, rel: MeldcodeRelation): boolean => meldcodeAccess(actor, rel) !== null;

/** The coordinator and the safety officer work through the steps; the team lead reads along. */
export function canWriteMeldcode(actor: Actor, rel: MeldcodeRelation): boolean {
  const access = meldcodeAccess(actor, rel);
  return access === 'coordinator' || access === 'safety_officer';
}

/** Reading the tenant's wording of the afwegingskader: whoever works on Meldcode cases, and admins. */
export const canReadMeldcodeSettings = (actor: Actor): boolean => hasRole(actor, 'coach', 'team_lead', 'safety_officer', 'admin');
export const canChangeMeldcodeSettings = (actor: Actor): boolean => hasRole(actor, 'admin');
