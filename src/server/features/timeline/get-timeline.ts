import type { z } from 'zod';
import type { TimelineQuery } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditCaseRead } from '../../platform/case-audit';
import { toTimelineEntry } from './present';
import * as q from './queries';

function afterKey(cursor: string | undefined): [string, string, string] | null {
  const key = decodeCursor(cursor, 3);
  if (key && (Number.isNaN(Date.parse(String(key[0]))) || !/^[0-9a-f-]{36}$/.test(String(key[2]))))
    throw new AppError('invalid_cursor', { field: 'query.cursor', detail: 'The cursor is not one this API gave out.' });
  return key as [string, string, string] | null;
}

/** The household's case in time order: registration, handovers, linked signals, contacts, plan, care, safety, ZRM, closure. */
export async function getTimeline(sql: Sql, actor: Actor, householdId: string, query: z.infer<typeof TimelineQuery>) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const rows = await q.timelineOf(sql, householdId, { order: query.order, after: afterKey(query.cursor), limit: query.limit });
  const page = toPage(rows, query.limit, (r) => [r.at_key, r.kind, r.ref_id]);
  auditCaseRead(sql, actor, rel, 'timeline.read', page.items.map((r) => r.person_id), { entries: page.items.length });
  return { items: page.items.map(toTimelineEntry), nextCursor: page.nextCursor };
}
