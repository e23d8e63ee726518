import type { HouseholdFile } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { accessKind, canReadCase, caseAccessRefused, hasActiveBreakGlass } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { auditAll } from '../../platform/audit';
import { toHouseholdFile } from './present';
import * as q from './queries';

/**
 * Opens a household file. Someone without a relationship gets the same 404 as for a household that
 * does not exist (no existence leak); the refused attempt is audited all the same. Every member
 * whose data is shown gets a read event of their own.
 */
export async function getHousehold(sql: Sql, actor: Actor, householdId: string): Promise<HouseholdFile> {
  // The relation and (only where there is one) the file in one statement; the policy decides here.
  const found = await q.householdFileFor(sql, actor, householdId);
  if (!found || !canReadCase(actor, found.rel) || !found.file) throw caseAccessRefused(householdId, 'read');
  const { rel, file: { household, members } } = found;
  const viaBreakGlass = !rel.caseRole && !rel.isTeamLeadOfCase && hasActiveBreakGlass(rel, new Date());
  // The file read and one read per member in one statement, sent with the commit.
  auditAll(sql, actor, [
    { eventType: 'household.read', action: 'read', objectType: 'household', objectId: householdId, details: { via: accessKind(rel) } },
    ...members.map((m) => ({ eventType: 'person.read', action: 'read' as const, personId: m.id, objectType: 'household', objectId: householdId, reason: viaBreakGlass ? 'break-the-glass' : null })),
  ]);
  return toHouseholdFile(household, members, rel);
}
