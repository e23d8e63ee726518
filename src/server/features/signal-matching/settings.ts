import type { SignalMatchingSettings } from '../../../contracts/signal-matching';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { canChangeSettings } from './policy';
import * as q from './queries';

/** Signal matching is on unless the municipality switched it off (the national rules are changing). */
export async function signalMatchingEnabled(sql: Sql): Promise<boolean> {
  return (await q.tenantSetting(sql)) !== false;
}

/** Every signal matching operation first asks this: switched off is a 409 with its own code. */
export async function requireSignalMatching(sql: Sql): Promise<void> {
  if (!(await signalMatchingEnabled(sql))) throw new AppError('feature_disabled', { detail: 'Signal matching is switched off in this municipality.' });
}

export async function getSignalMatchingSettings(sql: Sql): Promise<SignalMatchingSettings> {
  return { enabled: await signalMatchingEnabled(sql) };
}

/** The admin switches signal matching on or off; registrations stay and still end on time. */
export async function updateSignalMatchingSettings(sql: Sql, actor: Actor, input: SignalMatchingSettings): Promise<SignalMatchingSettings> {
  if (!canChangeSettings(actor)) throw new AppError('forbidden', { detail: 'Only an administrator switches signal matching on or off.' });
  await q.setTenantSetting(sql, input.enabled);
  audit(sql, actor, { eventType: 'signal_matching.settings_changed', action: 'update', objectType: 'tenant', objectId: actor.tenantId, details: { enabled: input.enabled } });
  return { enabled: input.enabled };
}
