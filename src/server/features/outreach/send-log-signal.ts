import type { SendSignalInput, SentSignalView } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { SecretBox } from '../../platform/secrets';
import { sendSignal } from '../signals/send-signal';
import { canSendSignalFromLog } from './policy';
import * as q from './queries';

/**
 * "Signaal doorgeven" from a visit: the entry's author (an outreach worker) sends a signal through
 * the signals feature and the entry keeps it, so the author sees its reference and status there.
 * Someone else's entry looks like one that does not exist; an entry that already became a signal
 * is a conflict. Both steps run in the request's one transaction: all or nothing.
 */
export async function sendSignalFromLog(sql: Sql, actor: Actor, box: SecretBox, logId: string, input: SendSignalInput): Promise<SentSignalView> {
  if (!canSendSignalFromLog(actor)) throw new AppError('forbidden', { detail: 'Only outreach workers turn their log entries into signals.' });
  const log = await q.logById(sql, logId);
  if (!log || log.author_id !== actor.userId) throw new AppError('not_found');
  if (log.signal_id) throw new AppError('conflict', { detail: 'This entry already became a signal.' });
  const sent = await sendSignal(sql, actor, box, input);
  if (!(await q.linkSignal(sql, logId, sent.id))) throw new AppError('conflict', { detail: 'This entry already became a signal.' });
  audit(sql, actor, { eventType: 'outreach_log.signal_sent', action: 'update', objectType: 'outreach_log', objectId: logId, details: { signalId: sent.id } });
  return sent;
}
