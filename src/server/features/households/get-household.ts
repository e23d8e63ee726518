import type { HouseholdView } from '../../../contracts/cases';
import type { Sql } from '../../db/database';
import { accessKind, canReadCase, hasActiveBreakGlass, loadCaseRelation } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit, auditPersonReads } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import * as q from './queries';

/**
 * Opens a household file. Someone without a relationship gets the same 404 as for a household that
 * does not exist (no existence leak); the refused attempt is audited all the same.
 */
export async function getHousehold(sql: Sql, actor: Actor, householdId: string): Promise<HouseholdView> {
  const rel = await loadCaseRelation(sql, actor, householdId);
  if (!rel || !canReadCase(actor, rel)) {
    throw new AppError('not_found', { audit: { eventType: 'household.read', action: 'read', outcome: 'denied', objectType: 'household', objectId: householdId } });
  }
  const household = await q.householdById(sql, householdId);
  if (!household) throw new AppError('not_found');
  const members = await q.membersOfHousehold(sql, householdId);
  const viaBreakGlass = !rel.caseRole && !rel.isTeamLeadOfCase && hasActiveBreakGlass(rel, new Date());
  await audit(sql, actor, { eventType: 'household.read', action: 'read', objectType: 'household', objectId: householdId, details: { via: accessKind(rel) } });
  await auditPersonReads(sql, actor, members.map((m) => m.id), { eventType: 'person.read', objectType: 'household', objectId: householdId, reason: viaBreakGlass ? 'break-the-glass' : null });
  return {
    id: household.id,
    name: household.name,
    status: household.status,
    teamId: household.team_id,
    members: members.map((m) => ({ id: m.id, givenName: m.given_name, familyName: m.family_name, birthDate: m.birth_date, age: m.age })),
    access: accessKind(rel),
  };
}
