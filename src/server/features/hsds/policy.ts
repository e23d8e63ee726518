import { hasRole, type Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';

/** Imports and the full export belong to the tenant's administrators (they keep the taxonomy too). */
export const canImportDirectory = (actor: Actor): boolean => hasRole(actor, 'admin');
export const canExportDirectory = (actor: Actor): boolean => hasRole(actor, 'admin');

export function requireDirectoryImporter(actor: Actor): void {
  if (!canImportDirectory(actor)) throw new AppError('forbidden', { detail: 'Only an administrator may import into the directory.' });
}

export function requireDirectoryExporter(actor: Actor): void {
  if (!canExportDirectory(actor)) throw new AppError('forbidden', { detail: 'Only an administrator may download the full directory.' });
}
