import { hasRole, type Actor } from '../../platform/actor';

/**
 * Who may do what with signals. Signallers and outreach workers send signals and see only the
 * status of their own. The receiving team's coaches, team lead and safety officer read its queue;
 * coaches and the team lead act on it (pick up, link, close). Specialists work on cases they are
 * asked on, not on triage.
 */
export const canSendSignal = (actor: Actor): boolean => hasRole(actor, 'signaller', 'outreach');
export const TRIAGE_READERS = ['coach', 'team_lead', 'safety_officer'] as const;
export const canReadTriage = (actor: Actor): boolean => hasRole(actor, ...TRIAGE_READERS);
export const canReadTeamSignals = (actor: Actor, teamId: string): boolean => canReadTriage(actor) && actor.teamIds.includes(teamId);
export const canActOnSignal = (actor: Actor, teamId: string): boolean => hasRole(actor, 'coach', 'team_lead') && actor.teamIds.includes(teamId);
