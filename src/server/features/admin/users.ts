import type { z } from 'zod';
import type { InviteUserInput, UpdateUserInput, UserView } from '../../../contracts/admin';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { Mailer } from '../../platform/mail';
import { revokeAllSessions } from '../../platform/sessions';
import { issuePasswordLink } from '../auth/passwords';
import { requireAdmin } from './policy';
import { toUserView } from './present';
import * as q from './queries';

async function requireTeams(sql: Sql, teamIds: string[]): Promise<void> {
  const unique = [...new Set(teamIds)];
  if ((await q.countExistingTeams(sql, unique)) !== unique.length) throw new AppError('validation_failed', { field: 'body.teamIds', detail: 'One of the teams does not exist.' });
}

/** Creates an invited user and mails them a link to choose a password. */
export async function inviteUser(sql: Sql, actor: Actor, mailer: Mailer, input: z.infer<typeof InviteUserInput>, link: { baseUrl: string; tenantName: string }): Promise<UserView> {
  requireAdmin(actor);
  await requireTeams(sql, input.teamIds);
  const id = newId();
  try {
    await q.insertUser(sql, { tenantId: actor.tenantId, id, email: input.email, displayName: input.displayName, roles: input.roles });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new AppError('already_exists', { field: 'body.email', detail: 'There is already a user with this e-mail address.' });
    throw error;
  }
  await q.setTeamMemberships(sql, actor.tenantId, id, input.teamIds);
  await issuePasswordLink(sql, mailer, { tenantId: actor.tenantId, userId: id, email: input.email, purpose: 'invite', ...link });
  audit(sql, actor, { eventType: 'user.invited', action: 'create', objectType: 'user', objectId: id, details: { roles: input.roles } });
  const user = await q.userById(sql, id);
  if (!user) throw new AppError('internal_error');
  return toUserView(user);
}

export async function updateUser(sql: Sql, actor: Actor, userId: string, input: z.infer<typeof UpdateUserInput>): Promise<UserView> {
  requireAdmin(actor);
  const before = await q.userById(sql, userId);
  if (!before) throw new AppError('not_found');
  if (userId === actor.userId && (input.status === 'deactivated' || (input.roles && !input.roles.includes('admin'))))
    throw new AppError('conflict', { field: input.status ? 'body.status' : 'body.roles', detail: 'You cannot remove your own administrator access.' });
  if (input.teamIds) await requireTeams(sql, input.teamIds);
  await q.updateUser(sql, userId, input);
  if (input.teamIds) await q.setTeamMemberships(sql, actor.tenantId, userId, input.teamIds);
  if (input.status === 'deactivated') await revokeAllSessions(sql, userId);
  audit(sql, actor, {
    eventType: input.status === 'deactivated' ? 'user.deactivated' : 'user.updated', action: 'update', objectType: 'user', objectId: userId,
    details: { changed: Object.keys(input) },
  });
  const after = await q.userById(sql, userId);
  if (!after) throw new AppError('not_found');
  return toUserView(after);
}
