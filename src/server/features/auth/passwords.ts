import type { Sql } from '../../db/database';
import type { AccessPoint, Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { Mailer } from '../../platform/mail';
import { hashPassword, verifyPassword } from '../../platform/passwords';
import { revokeAllSessions } from '../../platform/sessions';
import { newToken, tokenHash } from '../../platform/tokens';
import * as q from './queries';

export const RESET_LINK_HOURS = 1;
export const INVITE_LINK_HOURS = 7 * 24;

export async function changePassword(sql: Sql, actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const user = await q.userCredentialsById(sql, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword)))
    throw new AppError('invalid_credentials', { field: 'body.currentPassword', detail: 'Your current password is not right.' });
  await q.setPassword(sql, actor.userId, await hashPassword(input.newPassword));
  const ended = await revokeAllSessions(sql, actor.userId, actor.sessionId);
  audit(sql, actor, { eventType: 'password.changed', action: 'update', objectType: 'user', objectId: actor.userId, details: { sessionsEnded: ended } });
}

/** Creates a single-use link and mails it. Used for password reset and for invitations. */
export async function issuePasswordLink(
  sql: Sql,
  mailer: Mailer,
  target: { tenantId: string; userId: string; email: string; purpose: 'reset' | 'invite'; baseUrl: string; tenantName: string },
): Promise<void> {
  const token = newToken();
  const validHours = target.purpose === 'invite' ? INVITE_LINK_HOURS : RESET_LINK_HOURS;
  await q.insertPasswordToken(sql, { tenantId: target.tenantId, id: newId(), userId: target.userId, purpose: target.purpose, hash: tokenHash(token), validHours });
  const link = `${target.baseUrl}/wachtwoord-instellen?token=${token}`;
  const text =
    target.purpose === 'invite'
      ? `Hallo,\n\nJe bent uitgenodigd voor Wijkwijs van ${target.tenantName}. Kies je wachtwoord via deze link (7 dagen geldig, één keer te gebruiken):\n\n${link}\n\n---\nYou have been invited to Wijkwijs. Choose your password with the link above (valid 7 days, single use).`
      : `Hallo,\n\nJe vroeg om een nieuw wachtwoord voor Wijkwijs. Kies het via deze link (1 uur geldig, één keer te gebruiken):\n\n${link}\n\nVroeg je dit niet? Dan hoef je niets te doen.\n\n---\nYou asked for a new Wijkwijs password. Use the link above (valid 1 hour, single use). Did not ask? Ignore this mail.`;
  const subject = target.purpose === 'invite' ? 'Uitnodiging voor Wijkwijs' : 'Nieuw wachtwoord voor Wijkwijs';
  await mailer.send(sql, target.tenantId, { to: target.email, subject, text });
}

/** Always answers the same, whether or not the address is known, so it cannot be used to probe. */
export async function requestPasswordReset(sql: Sql, visitor: AccessPoint, mailer: Mailer, input: { email: string }, baseUrl: string, tenantName: string): Promise<void> {
  const user = await q.userCredentialsByEmail(sql, input.email);
  if (user && user.status !== 'deactivated') {
    await issuePasswordLink(sql, mailer, { tenantId: visitor.tenantId, userId: user.id, email: user.email, purpose: user.status === 'invited' ? 'invite' : 'reset', baseUrl, tenantName });
  }
  audit(sql, { ...visitor, userId: user?.id ?? null }, { eventType: 'password.reset_requested', action: 'execute', outcome: user ? 'success' : 'failure' });
}

export async function completePasswordReset(sql: Sql, visitor: AccessPoint, input: { token: string; newPassword: string }): Promise<void> {
  const used = await q.consumePasswordToken(sql, tokenHash(input.token));
  if (!used) throw new AppError('not_found', { field: 'body.token', detail: 'This link is not valid any more. Ask for a new one.' });
  await q.setPassword(sql, used.user_id, await hashPassword(input.newPassword));
  const ended = await revokeAllSessions(sql, used.user_id);
  audit(sql, { ...visitor, userId: used.user_id }, { eventType: used.purpose === 'invite' ? 'password.invite_accepted' : 'password.reset', action: 'update', objectType: 'user', objectId: used.user_id, details: { sessionsEnded: ended } });
}
