import type { Sql } from '../db/database';
import { accessKind, type CaseRelation } from './access';
import type { Actor } from './actor';
import { audit, auditAll } from './audit';

/**
 * Audits a read of part of a household file: one event for what was read (`eventType`, with how
 * the reader reached the case), and one `person.read` per person whose data was shown (NEN 7513).
 */
export function auditCaseRead(sql: Sql, actor: Actor, rel: CaseRelation, eventType: string, personIds: (string | null)[], details: Record<string, unknown> = {}): void {
  const via = accessKind(rel);
  const persons = [...new Set(personIds.filter((id): id is string => id !== null))];
  auditAll(sql, actor, [
    { eventType, action: 'read', objectType: 'household', objectId: rel.householdId, details: { ...details, via } },
    ...persons.map((personId) => ({ eventType: 'person.read', action: 'read' as const, personId, objectType: 'household', objectId: rel.householdId, reason: via === 'break_the_glass' ? 'break-the-glass' : null, details: { part: eventType } })),
  ]);
}

/** Audits a change to part of a household file, naming the person it concerns when there is one. */
export function auditCaseChange(sql: Sql, actor: Actor, householdId: string, eventType: string, action: 'create' | 'update' | 'delete', details: Record<string, unknown>, personId: string | null = null): void {
  audit(sql, actor, { eventType, action, personId, objectType: 'household', objectId: householdId, details });
}
