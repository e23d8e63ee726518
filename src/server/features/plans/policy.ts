import { canAssignCoordinator, type CaseRelation } from '../../platform/access';
import type { Actor } from '../../platform/actor';

/** Closing a case is the coordinator's call, or the team lead's. */
export const canCloseCase = (actor: Actor, rel: CaseRelation): boolean => rel.caseRole === 'coordinator' || canAssignCoordinator(actor, rel);
