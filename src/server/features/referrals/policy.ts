import { canReadCase, canWriteCase, type CaseRelation } from '../../platform/access';
import { hasRole, type Actor } from '../../platform/actor';

/** Who may see a referral, and as whom: its case workers see all of it, the provider only what was shared. */
export type Audience = 'case' | 'provider' | null;

export function audienceOf(actor: Actor, rel: CaseRelation | null, isProvider: boolean, status: string, mode: 'read' | 'write'): Audience {
  if (rel && (mode === 'read' ? canReadCase(actor, rel) : canWriteCase(actor, rel))) return 'case';
  if (isProvider && hasRole(actor, 'provider', 'initiative_host') && status !== 'draft') return 'provider';
  return null;
}

/** The inbox belongs to providers and hosts of informal activities. */
export const canUseInbox = (actor: Actor): boolean => hasRole(actor, 'provider', 'initiative_host');

/** Looking up services to refer to, and a service's referral figures: staff who refer or receive referrals. */
export const canLookUpServices = (actor: Actor): boolean => hasRole(actor, 'coach', 'specialist', 'team_lead');
export const canReadFigures = (actor: Actor): boolean => hasRole(actor, 'coach', 'specialist', 'team_lead', 'provider', 'admin', 'analyst');
