import type { z } from 'zod';
import type { CloseSignalInput, SignalDetail } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { insertSignalEvent, markClosed } from './queries';
import { requireTeamSignal, signalDetail } from './team-signal';

/**
 * Closes a signal with an outcome and a reason: advice given, referred elsewhere (the text says
 * where — there is no referral record yet), support for a household, or no action.
 * "Support for a household" needs a linked household.
 */
export async function closeSignal(sql: Sql, actor: Actor, signalId: string, input: z.infer<typeof CloseSignalInput>): Promise<SignalDetail> {
  const signal = await requireTeamSignal(sql, actor, signalId, 'act');
  if (input.outcome === 'household_support' && !signal.household_id)
    throw new AppError('validation_failed', { field: 'body.outcome', detail: 'Link the signal to a household first.' });
  if (!(await markClosed(sql, signalId, input.outcome, input.reason))) throw new AppError('conflict', { detail: 'This signal is already closed.' });
  await insertSignalEvent(sql, { tenantId: actor.tenantId, id: newId(), signalId, type: 'closed', userId: actor.userId, note: input.reason });
  audit(sql, actor, { eventType: 'signal.closed', action: 'update', objectType: 'signal', objectId: signalId, details: { outcome: input.outcome } });
  return signalDetail(sql, signalId);
}
