import type { z } from 'zod';
import type { BreakGlassGrantView, BreakGlassInput } from '../../../contracts/cases';
import type { Sql } from '../../db/database';
import { BREAK_GLASS_MINUTES, BREAK_GLASS_ROLES, canBreakGlass, loadCaseRelation } from '../../platform/access';
import { hasRole, type Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { Mailer } from '../../platform/mail';
import * as q from './queries';

/**
 * Break-the-glass: a case worker without a relationship gets 60 minutes of access to one
 * household, with a reason. The safety officers and the team leads of the household's team are
 * notified (in the app and by mail), and the grant is audited.
 */
export async function breakTheGlass(sql: Sql, actor: Actor, mailer: Mailer, input: z.infer<typeof BreakGlassInput>): Promise<z.infer<typeof BreakGlassGrantView>> {
  // Roles without case work are refused before the household is looked up, so they cannot use this
  // to learn whether a household id exists.
  if (!hasRole(actor, ...BREAK_GLASS_ROLES)) throw new AppError('forbidden', { detail: 'Your role cannot use break-the-glass.' });
  const rel = await loadCaseRelation(sql, actor, input.householdId);
  if (!rel) throw new AppError('not_found');
  if (!canBreakGlass(actor, rel)) throw new AppError('conflict', { detail: 'You already have access to this household.' });
  const grant = await q.insertGrant(sql, { tenantId: actor.tenantId, id: newId(), householdId: input.householdId, userId: actor.userId, reason: input.reason, minutes: BREAK_GLASS_MINUTES });
  const recipients = await q.safetyOfficersAndTeamLeads(sql, rel.teamId);
  const actorName = await q.userName(sql, actor.userId);
  for (const recipient of recipients.filter((r) => r.id !== actor.userId)) {
    await q.insertNotification(sql, { tenantId: actor.tenantId, id: newId(), userId: recipient.id, kind: 'break_the_glass', payload: { householdId: input.householdId, byUserId: actor.userId, byName: actorName, reason: input.reason, expiresAt: grant.expires_at } });
    await mailer.send(sql, actor.tenantId, {
      to: recipient.email,
      subject: 'Wijkwijs: noodtoegang tot een dossier',
      text: `${actorName} heeft noodtoegang (break-the-glass) genomen tot een huishouden, voor ${BREAK_GLASS_MINUTES} minuten.\nReden: ${input.reason}\n\nBekijk de melding in Wijkwijs.`,
    });
  }
  audit(sql, actor, { eventType: 'case.break_the_glass', action: 'execute', objectType: 'household', objectId: input.householdId, reason: input.reason, details: { notified: recipients.length } });
  return { id: grant.id, householdId: input.householdId, reason: input.reason, grantedAt: new Date(grant.granted_at).toISOString(), expiresAt: new Date(grant.expires_at).toISOString() };
}
