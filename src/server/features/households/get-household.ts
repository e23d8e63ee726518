import type { HouseholdFile } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { accessKind, hasActiveBreakGlass, requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { auditAll } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { toHouseholdFile } from './present';
import * as q from './queries';

/**
 * Opens a household file. Someone without a relationship gets the same 404 as for a household that
 * does not exist (no existence leak); the refused attempt is audited all the same. Every member
 * whose data is shown gets a read event of their own.
 */
export async function getHousehold(sql: Sql, actor: Actor, householdId: string): Promise<HouseholdFile> {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const file = await q.householdFile(sql, householdId);
  if (!file) throw new AppError('not_found');
  const { household, members } = file;
  const viaBreakGlass = !rel.caseRole && !rel.isTeamLeadOfCase && hasActiveBreakGlass(rel, new Date());
  // The file read and one read per member in one statement (one round trip, one lock wait).
  await auditAll(sql, actor, [
    { eventType: 'household.read', action: 'read', objectType: 'household', objectId: householdId, details: { via: accessKind(rel) } },
    ...members.map((m) => ({ eventType: 'person.read', action: 'read' as const, personId: m.id, objectType: 'household', objectId: householdId, reason: viaBreakGlass ? 'break-the-glass' : null })),
  ]);
  return toHouseholdFile(household, members, rel);
}
