import type { SignalDetail } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireTeamSignal, signalDetail } from './team-signal';

/** A signal with its event history, for the receiving team's coaches, team lead and safety officer. */
export async function getSignal(sql: Sql, actor: Actor, signalId: string): Promise<SignalDetail> {
  await requireTeamSignal(sql, actor, signalId, 'read');
  audit(sql, actor, { eventType: 'signal.read', action: 'read', objectType: 'signal', objectId: signalId, details: { view: 'detail' } });
  return signalDetail(sql, signalId);
}
