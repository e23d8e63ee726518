import type { z } from 'zod';
import type { PageQuery } from '../../../contracts/common';
import type { SentSignalView } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { canSendSignal } from './policy';
import { fullName } from './present';
import { sentSignalsOf, type SentSignalRow } from './queries';

const toSentView = (r: SentSignalRow): SentSignalView => ({
  id: r.id, reference: r.reference, subjectName: fullName(r.subject_given_name, r.subject_family_name) ?? '', sentAt: new Date(r.received_at).toISOString(),
  status: r.status, statusChangedAt: new Date(r.status_changed_at).toISOString(),
});

/** The sender's own signals, newest first: reference and status, never what the team did. */
export async function listSentSignals(sql: Sql, actor: Actor, query: z.infer<typeof PageQuery>): Promise<{ items: SentSignalView[]; nextCursor: string | null }> {
  if (!canSendSignal(actor)) throw new AppError('forbidden', { detail: 'Only senders of signals have sent signals.' });
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  if (after && (Number.isNaN(Date.parse(String(after[0]))) || !/^[0-9a-f-]{36}$/.test(String(after[1]))))
    throw new AppError('invalid_cursor', { field: 'query.cursor', detail: 'The cursor is not one this API gave out.' });
  const rows = await sentSignalsOf(sql, actor.userId, after, query.limit);
  const page = toPage(rows, query.limit, (r) => [new Date(r.received_at).toISOString(), r.id]);
  audit(sql, actor, { eventType: 'signal.status_read', action: 'read', details: { signalIds: page.items.map((r) => r.id) } });
  return { items: page.items.map(toSentView), nextCursor: page.nextCursor };
}
