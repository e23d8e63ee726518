import type { SignInInput } from '../../../contracts/auth';
import { STAFF_ROLES } from '../../../contracts/common';
import type { Sql } from '../../db/database';
import type { AccessPoint } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { verifyPassword } from '../../platform/passwords';
import type { SecretBox } from '../../platform/secrets';
import { createSession, type SessionPolicy } from '../../platform/sessions';
import { checkThrottle, clearThrottle, EMAIL_RULE, IP_RULE, recordFailure } from '../../platform/throttle';
import * as q from './queries';
import { matchTotpStep, recoveryCodeHash } from './totp';

export interface SignInSettings {
  demoMode: boolean;
  sessions: SessionPolicy;
  secretBox: SecretBox;
}

export type SignInResult =
  | { ok: true; token: string; sessionId: string; userId: string; totpSetupRequired: boolean }
  | { ok: false; error: AppError };

/**
 * Checks e-mail, password and (when enabled) the TOTP or a recovery code. Failures are committed
 * (throttle counters, audit) and returned rather than thrown, so the transaction keeps them.
 * Unknown e-mail and wrong password give the same answer after the same work.
 */
export async function signIn(sql: Sql, visitor: AccessPoint, input: SignInInput, settings: SignInSettings): Promise<SignInResult> {
  const emailKey = `email:${input.email}`;
  const ipKey = `ip:${visitor.ip}`;
  await checkThrottle(sql, ipKey);
  await checkThrottle(sql, emailKey);

  const user = await q.userCredentialsByEmail(sql, input.email);
  const passwordOk = await verifyPassword(user?.password_hash, input.password);
  const fail = async (code: 'invalid_credentials' | 'invalid_totp', userId: string | null): Promise<SignInResult> => {
    await recordFailure(sql, visitor.tenantId, emailKey, EMAIL_RULE);
    await recordFailure(sql, visitor.tenantId, ipKey, IP_RULE);
    audit(sql, { ...visitor, userId }, { eventType: 'session.sign_in_failed', action: 'execute', outcome: 'failure', details: { reason: code } });
    return { ok: false, error: new AppError(code) };
  };
  if (!user || !passwordOk || user.status !== 'active') return fail('invalid_credentials', null);

  if (user.totp_enabled_at && user.totp_secret) {
    if (!input.totp) return { ok: false, error: new AppError('totp_required', { field: 'body.totp', detail: 'Enter the code from your authenticator app.' }) };
    const secret = settings.secretBox.open(user.totp_secret);
    const code = input.totp.trim();
    if (/^\d{6}$/.test(code)) {
      const step = matchTotpStep(secret, code, user.totp_last_step === null ? null : Number(user.totp_last_step));
      if (step === null) return fail('invalid_totp', user.id);
      await q.recordTotpUse(sql, user.id, step, user.recovery_code_hashes);
    } else {
      const hash = recoveryCodeHash(code);
      if (!user.recovery_code_hashes.includes(hash)) return fail('invalid_totp', user.id);
      await q.recordTotpUse(sql, user.id, null, user.recovery_code_hashes.filter((h) => h !== hash));
      audit(sql, { ...visitor, userId: user.id }, { eventType: 'session.recovery_code_used', action: 'execute', details: { left: user.recovery_code_hashes.length - 1 } });
    }
  }

  await clearThrottle(sql, emailKey);
  const isStaff = user.roles.some((r) => STAFF_ROLES.includes(r));
  const totpSetupRequired = !settings.demoMode && isStaff && !user.totp_enabled_at;
  const session = await createSession(sql, { tenantId: visitor.tenantId, userId: user.id, ip: visitor.ip, userAgent: visitor.userAgent, totpSetupRequired }, settings.sessions);
  audit(sql, { ...visitor, userId: user.id }, { eventType: 'session.created', action: 'create', objectType: 'session', objectId: session.sessionId });
  return { ok: true, token: session.token, sessionId: session.sessionId, userId: user.id, totpSetupRequired };
}
