import type { z } from 'zod';
import type { NetworkTieQuery } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditCaseRead } from '../../platform/case-audit';
import { toTieView } from './present';
import * as q from './queries';

/** The household's network (the ecomap's data): who is around whom, how strong, what support. */
export async function listNetworkTies(sql: Sql, actor: Actor, householdId: string, query: z.infer<typeof NetworkTieQuery>) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const [after] = decodeCursor(query.cursor, 1) ?? [null];
  const rows = await q.tiesOfHousehold(sql, householdId, { after: after === null ? null : String(after), limit: query.limit, meaningfulAdult: query.meaningfulAdult ?? null });
  const page = toPage(rows, query.limit, (r) => [r.id]);
  auditCaseRead(sql, actor, rel, 'network.read', page.items.map((r) => r.person_id), { ties: page.items.length });
  return { items: page.items.map(toTieView), nextCursor: page.nextCursor };
}
