import type { z } from 'zod';
import type { ConsentQuery, ConsentView } from '../../../contracts/consents';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { auditCaseRead } from '../../platform/case-audit';
import { decodeCursor, toPage } from '../../platform/pagination';
import { toConsentView } from './present';
import * as q from './queries';

/** A household's consents (or one person's), newest first, withdrawn ones included. */
export async function listConsents(sql: Sql, actor: Actor, query: z.infer<typeof ConsentQuery>): Promise<{ items: ConsentView[]; nextCursor: string | null }> {
  const rel = await requireCaseAccess(sql, actor, query.householdId, 'read');
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await q.consentsOfHousehold(sql, query.householdId, query.personId ?? null, after, query.limit);
  const page = toPage(rows, query.limit, (r) => [new Date(r.recorded_at).toISOString(), r.id]);
  auditCaseRead(sql, actor, rel, 'consent.read', page.items.map((r) => r.person_id), { consents: page.items.length });
  return { items: page.items.map(toConsentView), nextCursor: page.nextCursor };
}
