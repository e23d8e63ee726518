import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { SecretBox } from '../../platform/secrets';
import * as q from './queries';
import { matchTotpStep, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpEnrolment } from './totp';

/** Starts (or restarts) TOTP set-up: a new pending secret, shown once as a QR code. */
export async function startTotpSetup(sql: Sql, actor: Actor, secretBox: SecretBox, issuer: string) {
  const user = await q.userCredentialsById(sql, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  if (user.totp_enabled_at) throw new AppError('conflict', { detail: 'Two-factor authentication is already on.' });
  const secret = newTotpSecret();
  await q.setPendingTotpSecret(sql, actor.userId, secretBox.seal(secret));
  audit(sql, actor, { eventType: 'totp.setup_started', action: 'execute', objectType: 'user', objectId: actor.userId });
  return totpEnrolment(secret, user.email, issuer);
}

/** Confirms set-up with a first code; switches TOTP on and hands out the recovery codes once. */
export async function confirmTotpSetup(sql: Sql, actor: Actor, secretBox: SecretBox, code: string) {
  const user = await q.userCredentialsById(sql, actor.userId);
  if (!user?.totp_secret || user.totp_enabled_at) throw new AppError('conflict', { detail: 'Start two-factor set-up first.' });
  const step = matchTotpStep(secretBox.open(user.totp_secret), code, null);
  if (step === null) throw new AppError('invalid_totp', { field: 'body.code', detail: 'That code is not right. Check the time on your phone and try again.' });
  const recoveryCodes = newRecoveryCodes();
  await q.enableTotp(sql, actor.userId, step, recoveryCodes.map(recoveryCodeHash));
  await q.endTotpSetupRequirement(sql, actor.sessionId);
  audit(sql, actor, { eventType: 'totp.enabled', action: 'update', objectType: 'user', objectId: actor.userId });
  return { recoveryCodes };
}
