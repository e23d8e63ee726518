import type { Role } from '../../../contracts/common';
import { hasRole, type Actor } from '../../platform/actor';
import { canSendSignal } from '../signals/policy';

/** Who logs presence in the neighbourhood: outreach workers and coaches. */
export const OUTREACH_LOGGERS: readonly Role[] = ['outreach', 'coach'];
/** Who reads outreach logs: the loggers (their own) and team leads (their team's). */
export const OUTREACH_READERS: readonly Role[] = ['outreach', 'coach', 'team_lead'];

export interface LogOwnership {
  author_id: string;
  team_id: string | null;
}

export const canLogOutreach = (actor: Actor): boolean => hasRole(actor, ...OUTREACH_LOGGERS);
export const canReadOutreachLogs = (actor: Actor): boolean => hasRole(actor, ...OUTREACH_READERS);

/** The author reads their own entry; a team lead reads the entries of their team. */
export const canReadLog = (actor: Actor, log: LogOwnership): boolean =>
  log.author_id === actor.userId || (hasRole(actor, 'team_lead') && log.team_id !== null && actor.teamIds.includes(log.team_id));

/** Only the author changes or removes an entry. */
export const canChangeLog = (actor: Actor, log: LogOwnership): boolean => log.author_id === actor.userId;

/** The teams whose entries a reader sees besides their own (team leads only). */
export const teamsReadBy = (actor: Actor): string[] => (hasRole(actor, 'team_lead') ? actor.teamIds : []);

/** Who turns a log entry into a signal: someone who both logs outreach and sends signals (outreach workers). */
export const canSendSignalFromLog = (actor: Actor): boolean => canLogOutreach(actor) && canSendSignal(actor);
