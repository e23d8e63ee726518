import type { OutreachLogView } from '../../../contracts/outreach';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { canLogOutreach } from './policy';
import { toColumns, toLogView, type ParsedLogInput } from './present';
import * as q from './queries';

/** Refuses a neighbourhood of another municipality or one that does not exist, naming the field. */
export async function requireNeighbourhood(sql: Sql, neighbourhoodId: string): Promise<void> {
  if (!(await q.neighbourhoodExists(sql, neighbourhoodId))) throw new AppError('validation_failed', { field: 'body.neighbourhoodId', reason: 'Choose a neighbourhood of this municipality' });
}

/** An outreach worker or coach logs a visit to the neighbourhood; no case, no personal data. */
export async function createOutreachLog(sql: Sql, actor: Actor, input: ParsedLogInput): Promise<OutreachLogView> {
  if (!canLogOutreach(actor)) throw new AppError('forbidden', { detail: 'Only outreach workers and coaches keep an outreach log.' });
  await requireNeighbourhood(sql, input.neighbourhoodId);
  const id = newId();
  await q.insertLog(sql, { tenantId: actor.tenantId, id, authorId: actor.userId, teamId: actor.teamIds[0] ?? null, ...toColumns(input) });
  audit(sql, actor, { eventType: 'outreach_log.created', action: 'create', objectType: 'outreach_log', objectId: id });
  return toLogView(actor, (await q.logById(sql, id))!);
}
