import type { z } from 'zod';
import type { OutreachLogQuery, OutreachLogView } from '../../../contracts/outreach';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { canReadOutreachLogs, teamsReadBy } from './policy';
import { toLogView } from './present';
import * as q from './queries';

/** The reader's own entries and, for a team lead, the team's: newest first, by cursor. */
export async function listOutreachLogs(sql: Sql, actor: Actor, query: z.infer<typeof OutreachLogQuery>): Promise<{ items: OutreachLogView[]; nextCursor: string | null }> {
  if (!canReadOutreachLogs(actor)) throw new AppError('forbidden', { detail: 'Your role has no outreach log.' });
  const cursor = decodeCursor(query.cursor, 2);
  const rows = await q.visibleLogs(sql, {
    userId: actor.userId, teamIds: teamsReadBy(actor), neighbourhoodId: query.neighbourhoodId ?? null, authorId: query.authorId ?? null,
    from: query.from ?? null, to: query.to ?? null, after: cursor ? [String(cursor[0]), String(cursor[1])] : null, limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => [new Date(r.started_at).toISOString(), r.id]);
  audit(sql, actor, { eventType: 'outreach_log.listed', action: 'read', objectType: 'outreach_log', details: { count: page.items.length, neighbourhoodId: query.neighbourhoodId ?? null } });
  return { items: page.items.map((r) => toLogView(actor, r)), nextCursor: page.nextCursor };
}
