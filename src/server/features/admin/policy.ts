import { hasRole, type Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';

export const canAdministerTenant = (actor: Actor): boolean => hasRole(actor, 'admin');
export const canReadOrganisation = (actor: Actor): boolean => hasRole(actor, 'admin', 'team_lead', 'coach', 'specialist', 'safety_officer');

export function requireAdmin(actor: Actor): void {
  if (!canAdministerTenant(actor)) throw new AppError('forbidden', { detail: 'Only an administrator may do this.' });
}
