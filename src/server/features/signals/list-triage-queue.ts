import type { z } from 'zod';
import type { SignalQueueItem, SignalQueueQuery } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { canReadTeamSignals, canReadTriage } from './policy';
import { toQueueItem } from './present';
import { queueOfTeam } from './queries';

/**
 * The triage queue of one team (default: the reader's first team): signals in one status,
 * earliest first-contact deadline first, so overdue ones lead. The read is audited with the ids shown.
 */
export async function listTriageQueue(sql: Sql, actor: Actor, query: z.infer<typeof SignalQueueQuery>): Promise<{ items: SignalQueueItem[]; nextCursor: string | null }> {
  if (!canReadTriage(actor)) throw new AppError('forbidden', { detail: 'The triage queue is for the team.' });
  const teamId = query.teamId ?? actor.teamIds[0];
  if (!teamId || !canReadTeamSignals(actor, teamId)) throw new AppError('not_found', { detail: 'There is no such team of yours.' });
  const after = decodeCursor(query.cursor, 3) as [string, string, string] | null;
  if (after && (!/^\d{4}-\d{2}-\d{2}$/.test(String(after[0])) || Number.isNaN(Date.parse(String(after[1]))) || !/^[0-9a-f-]{36}$/.test(String(after[2]))))
    throw new AppError('invalid_cursor', { field: 'query.cursor', detail: 'The cursor is not one this API gave out.' });
  const rows = await queueOfTeam(sql, teamId, query.status, after, query.limit);
  const page = toPage(rows, query.limit, (r) => [r.first_contact_due, new Date(r.received_at).toISOString(), r.id]);
  // One event per page read, naming every signal shown (as the household search does): the hash
  // chain takes one row per request instead of one per signal.
  audit(sql, actor, { eventType: 'signal.queue_read', action: 'read', objectType: 'team', objectId: teamId, details: { status: query.status, signalIds: page.items.map((r) => r.id) } });
  return { items: page.items.map(toQueueItem), nextCursor: page.nextCursor };
}
