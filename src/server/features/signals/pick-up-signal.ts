import type { SignalDetail } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { insertSignalEvent, markPickedUp } from './queries';
import { requireTeamSignal, signalDetail } from './team-signal';

/** A coach or the team lead picks up a waiting signal: the moment of first contact. */
export async function pickUpSignal(sql: Sql, actor: Actor, signalId: string, note: string): Promise<SignalDetail> {
  await requireTeamSignal(sql, actor, signalId, 'act');
  if (!(await markPickedUp(sql, signalId, actor.userId))) throw new AppError('conflict', { detail: 'This signal was already picked up or closed.' });
  await insertSignalEvent(sql, { tenantId: actor.tenantId, id: newId(), signalId, type: 'picked_up', userId: actor.userId, note });
  audit(sql, actor, { eventType: 'signal.picked_up', action: 'update', objectType: 'signal', objectId: signalId });
  return signalDetail(sql, signalId);
}
