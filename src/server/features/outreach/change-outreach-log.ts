import type { OutreachLogView } from '../../../contracts/outreach';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { requireNeighbourhood } from './create-outreach-log';
import { loadReadableLog } from './get-outreach-log';
import { canChangeLog } from './policy';
import { toColumns, toLogView, type ParsedLogInput } from './present';
import * as q from './queries';

/** Loads an entry for a change: readers who are not its author are refused (403), others get 404. */
async function loadOwnLog(sql: Sql, actor: Actor, id: string): Promise<q.OutreachLogRow> {
  const row = await loadReadableLog(sql, actor, id);
  if (!canChangeLog(actor, row)) throw new AppError('forbidden', { detail: 'Only the author changes an outreach log entry.' });
  return row;
}

/** The author corrects their entry, with If-Match against a change in between. */
export async function updateOutreachLog(sql: Sql, actor: Actor, id: string, expected: number, input: ParsedLogInput): Promise<OutreachLogView> {
  const row = await loadOwnLog(sql, actor, id);
  requireVersion(row.version, expected);
  await requireNeighbourhood(sql, input.neighbourhoodId);
  await q.updateLog(sql, id, toColumns(input));
  audit(sql, actor, { eventType: 'outreach_log.updated', action: 'update', objectType: 'outreach_log', objectId: id });
  return toLogView(actor, (await q.logById(sql, id))!);
}

/** The author removes their entry. */
export async function deleteOutreachLog(sql: Sql, actor: Actor, id: string): Promise<void> {
  await loadOwnLog(sql, actor, id);
  await q.deleteLog(sql, id);
  audit(sql, actor, { eventType: 'outreach_log.deleted', action: 'delete', objectType: 'outreach_log', objectId: id });
}
