import type { AuditEventView } from '../../../contracts/audit';
import type { Sql } from '../../db/database';
import { hasRole, type Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { toPage } from '../../platform/pagination';
import * as q from './queries';

export const canSearchAudit = (actor: Actor): boolean => hasRole(actor, 'admin');

export function toAuditEventView(r: q.AuditEventRow): AuditEventView {
  return {
    id: r.id, seq: Number(r.seq), occurredAt: new Date(r.occurred_at).toISOString(), eventType: r.event_type, action: r.action,
    outcome: r.outcome, personId: r.person_id, userId: r.user_id, userName: r.user_name, onBehalfRole: r.on_behalf_role,
    onBehalfTeamId: r.on_behalf_team_id, ip: r.ip, userAgent: r.user_agent, reason: r.reason, objectType: r.object_type, objectId: r.object_id,
  };
}

/** One page of the audit log. The search is itself audited (who looked into whose trail). */
export async function searchAuditEvents(sql: Sql, actor: Actor, filter: q.AuditFilter, beforeSeq: number | null, limit: number, exportPage = false) {
  if (!canSearchAudit(actor)) throw new AppError('forbidden');
  if (filter.from && filter.to && filter.from > filter.to) throw new AppError('validation_failed', { field: 'query.to', detail: 'The end date is before the start date.' });
  const rows = await q.searchAuditEvents(sql, filter, beforeSeq, limit);
  if (beforeSeq === null)
    audit(sql, actor, { eventType: exportPage ? 'audit.exported' : 'audit.searched', action: 'read', personId: filter.personId ?? null, details: { ...filter } });
  const page = toPage(rows, limit, (r) => [Number(r.seq)]);
  return { items: page.items.map(toAuditEventView), nextCursor: page.nextCursor };
}

const CSV_COLUMNS: (keyof AuditEventView)[] = ['seq', 'occurredAt', 'eventType', 'action', 'outcome', 'personId', 'userId', 'userName', 'onBehalfRole', 'onBehalfTeamId', 'ip', 'userAgent', 'reason', 'objectType', 'objectId'];

/** RFC 4180 quoting, and a leading quote on cells a spreadsheet would run as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvHeader = (): string => `${CSV_COLUMNS.join(',')}\r\n`;
export const csvLine = (event: AuditEventView): string => `${CSV_COLUMNS.map((c) => csvCell(event[c])).join(',')}\r\n`;
