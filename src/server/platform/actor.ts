import type { Role } from '../../contracts/common';

/** Who is acting, as whom, from where: the subject of every policy and audit event. */
export interface Actor {
  tenantId: string;
  userId: string;
  sessionId: string;
  /** This session may only set up two-factor authentication (staff outside demo mode). */
  totpSetupRequired: boolean;
  roles: Role[];
  teamIds: string[];
  ip: string;
  userAgent: string | null;
}

/** Where a request comes from, for audit events of people not (yet) signed in. */
export interface AccessPoint {
  tenantId: string;
  ip: string;
  userAgent: string | null;
}

export const hasRole = (actor: Pick<Actor, 'roles'>, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));
