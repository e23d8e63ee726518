import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { canWriteMeldcode, meldcodeAccess, type MeldcodeAccess, type MeldcodeRelation } from './policy';
import * as q from './queries';

export interface MeldcodeAccessResult {
  rel: MeldcodeRelation;
  access: MeldcodeAccess;
}

const notFound = (eventType: string, mode: 'read' | 'write', objectType: string, objectId: string) =>
  new AppError('not_found', { audit: { eventType, action: mode === 'read' ? 'read' : 'update', outcome: 'denied', objectType, objectId } });

/**
 * Checks the actor may see (or change) the Meldcode of a household. No access looks exactly like a
 * household that does not exist (404), audited after the rollback; the team lead, who may read
 * but not change, gets 403 on a change.
 */
export async function requireMeldcodeAccess(sql: Sql, actor: Actor, householdId: string, mode: 'read' | 'write', eventType: string): Promise<MeldcodeAccessResult> {
  const rel = await q.meldcodeRelation(sql, actor.userId, householdId);
  const access = rel ? meldcodeAccess(actor, rel) : null;
  if (!rel || !access) throw notFound(eventType, mode, 'household', householdId);
  if (mode === 'write' && !canWriteMeldcode(actor, rel)) throw new AppError('forbidden', { detail: 'The team lead reads the Meldcode case; the coordinator and the safety officer change it.' });
  return { rel, access };
}

/** Loads a case the actor may see; an unknown case and a case without access are the same 404. */
export async function requireMeldcodeCase(sql: Sql, actor: Actor, caseId: string, mode: 'read' | 'write', eventType: string): Promise<MeldcodeAccessResult & { row: q.CaseRow }> {
  const row = await q.caseById(sql, caseId);
  if (!row) throw notFound(eventType, mode, 'meldcode_case', caseId);
  try {
    return { ...(await requireMeldcodeAccess(sql, actor, row.household_id, mode, eventType)), row };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound(eventType, mode, 'meldcode_case', caseId);
    throw error;
  }
}

/** Audits a read or change of a Meldcode case: on the household, with how the actor reached it. */
export function auditMeldcode(sql: Sql, actor: Actor, householdId: string, eventType: string, action: 'read' | 'create' | 'update', access: MeldcodeAccess, details: Record<string, unknown>): void {
  audit(sql, actor, { eventType, action, objectType: 'household', objectId: householdId, details: { ...details, via: access } });
}
