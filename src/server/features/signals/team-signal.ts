import type { SignalDetail } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { canActOnSignal, canReadTeamSignals } from './policy';
import { toSignalDetail } from './present';
import * as q from './queries';

/**
 * Loads a signal for someone of its team. A signal of another team (or another tenant, or none)
 * is the same 404, and the refused attempt is audited after the rollback.
 */
export async function requireTeamSignal(sql: Sql, actor: Actor, signalId: string, mode: 'read' | 'act'): Promise<q.SignalRow> {
  const row = await q.signalById(sql, signalId);
  const allowed = row !== null && (mode === 'read' ? canReadTeamSignals(actor, row.team_id) : canActOnSignal(actor, row.team_id));
  if (row && !allowed && mode === 'act' && canReadTeamSignals(actor, row.team_id))
    throw new AppError('forbidden', { detail: 'Only coaches and the team lead act on signals.' });
  if (!row || !allowed)
    throw new AppError('not_found', { audit: { eventType: mode === 'read' ? 'signal.read' : 'signal.updated', action: mode === 'read' ? 'read' : 'update', outcome: 'denied', objectType: 'signal', objectId: signalId } });
  return row;
}

/** The signal as its team sees it after a change: fresh row and its event history. */
export async function signalDetail(sql: Sql, signalId: string): Promise<SignalDetail> {
  const row = await q.signalById(sql, signalId);
  if (!row) throw new AppError('internal_error');
  return toSignalDetail(row, await q.eventsOfSignal(sql, signalId));
}
