import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditMeldcode, requireMeldcodeAccess, requireMeldcodeCase } from './case-access';
import { canWriteMeldcode } from './policy';
import { stateOf, toCaseView, toSummary } from './present';
import * as q from './queries';

/** One Meldcode case with its steps and history; audited as a read of the household's file. */
export async function getMeldcodeCase(sql: Sql, actor: Actor, caseId: string): Promise<MeldcodeCaseView> {
  const { rel, access, row } = await requireMeldcodeCase(sql, actor, caseId, 'read', 'meldcode_case.read');
  const records = await q.stepRecords(sql, caseId);
  auditMeldcode(sql, actor, row.household_id, 'meldcode_case.read', 'read', access, { meldcodeCaseId: caseId });
  return toCaseView(row, records, access, canWriteMeldcode(actor, rel));
}

/**
 * The Meldcode cases the actor may see, newest first: of one household (404 without access to its
 * Meldcode), or all of them (households they coordinate; their team's as safety officer or lead).
 */
export async function listMeldcodeCases(sql: Sql, actor: Actor, query: { householdId?: string | undefined; cursor?: string | undefined; limit: number }) {
  if (query.householdId) await requireMeldcodeAccess(sql, actor, query.householdId, 'read', 'meldcode_case.listed');
  const rows = await q.visibleCases(sql, actor.userId, query.householdId ?? null, caseCursor(query.cursor), query.limit);
  const page = toPage(rows, query.limit, (r) => [new Date(r.opened_at).toISOString(), r.id]);
  const items = [];
  for (const row of page.items) items.push(toSummary(row, stateOf(row, await q.stepRecords(sql, row.id))));
  for (const householdId of new Set(page.items.map((r) => r.household_id)))
    audit(sql, actor, { eventType: 'meldcode_case.listed', action: 'read', objectType: 'household', objectId: householdId, details: { cases: page.items.filter((r) => r.household_id === householdId).map((r) => r.id) } });
  return { items, nextCursor: page.nextCursor };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The list's cursor: the last case's opening time and id; anything else is a 400 naming `cursor`. */
function caseCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [at, id] = key.map(String) as [string, string];
  if (!ISO_TIME.test(at) || Number.isNaN(Date.parse(at)) || !UUID.test(id)) throw new AppError('invalid_cursor', { field: 'query.cursor', detail: 'The cursor is not one this API gave out.' });
  return [at, id];
}
