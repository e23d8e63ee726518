import type { Sql } from '../db/database';
import { accessKind, type CaseRelation } from './access';
import type { Actor } from './actor';
import { audit, auditPersonReads } from './audit';

/**
 * Audits a read of part of a household file: one event for what was read (`eventType`, with how
 * the reader reached the case), and one `person.read` per person whose data was shown (NEN 7513).
 */
export async function auditCaseRead(sql: Sql, actor: Actor, rel: CaseRelation, eventType: string, personIds: (string | null)[], details: Record<string, unknown> = {}): Promise<void> {
  const via = accessKind(rel);
  await audit(sql, actor, { eventType, action: 'read', objectType: 'household', objectId: rel.householdId, details: { ...details, via } });
  const persons = [...new Set(personIds.filter((id): id is string => id !== null))];
  await auditPersonReads(sql, actor, persons, { eventType: 'person.read', objectType: 'household', objectId: rel.householdId, reason: via === 'break_the_glass' ? 'break-the-glass' : null, details: { part: eventType } });
}

/** Audits a change to part of a household file, naming the person it concerns when there is one. */
export async function auditCaseChange(sql: Sql, actor: Actor, householdId: string, eventType: string, action: 'create' | 'update' | 'delete', details: Record<string, unknown>, personId: string | null = null): Promise<void> {
  await audit(sql, actor, { eventType, action, personId, objectType: 'household', objectId: householdId, details });
}
