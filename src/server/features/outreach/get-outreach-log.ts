import type { OutreachLogView } from '../../../contracts/outreach';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { canReadLog, canReadOutreachLogs } from './policy';
import { toLogView } from './present';
import * as q from './queries';

/** Loads an entry the actor may read; anything else looks like an entry that does not exist. */
export async function loadReadableLog(sql: Sql, actor: Actor, id: string): Promise<q.OutreachLogRow> {
  if (!canReadOutreachLogs(actor)) throw new AppError('forbidden', { detail: 'Your role has no outreach log.' });
  const row = await q.logById(sql, id);
  if (!row || !canReadLog(actor, row)) throw new AppError('not_found');
  return row;
}

export async function getOutreachLog(sql: Sql, actor: Actor, id: string): Promise<OutreachLogView> {
  const row = await loadReadableLog(sql, actor, id);
  audit(sql, actor, { eventType: 'outreach_log.read', action: 'read', objectType: 'outreach_log', objectId: id });
  return toLogView(actor, row);
}
