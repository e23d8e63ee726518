import type { z } from 'zod';
import type { SafetyMapInput, SafetyMapView } from '../../../contracts/plans';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { requireVersion } from '../../platform/concurrency';
import { newId } from '../../platform/ids';
import { decodeCursor, toPage } from '../../platform/pagination';
import { auditCaseChange, auditCaseRead } from '../../platform/case-audit';
import { requireOpenCase } from '../../platform/case-guards';
import * as q from './queries';

const scale = (n: number | null): number | null => (n === null ? null : Number(n));

const toView = (r: q.SafetyMapRow): z.infer<typeof SafetyMapView> => ({
  id: r.id, version: r.version, harm: r.harm, danger: r.danger, complicatingFactors: r.complicating_factors, workingWell: r.working_well,
  needsToHappen: r.needs_to_happen, scaleFamily: scale(r.scale_family), scaleCoach: scale(r.scale_coach), scaleNetwork: scale(r.scale_network),
  dangerStatements: r.danger_statements, safetyGoals: r.safety_goals, createdAt: new Date(r.created_at).toISOString(), createdByName: r.created_by_name,
});

/** The household's Signs of Safety map over time: every version, newest first. */
export async function listSafetyMaps(sql: Sql, actor: Actor, householdId: string, query: { cursor?: string; limit: number }) {
  const rel = await requireCaseAccess(sql, actor, householdId, 'read');
  const [before] = decodeCursor(query.cursor, 1) ?? [null];
  const page = toPage(await q.mapVersions(sql, householdId, before === null ? null : Number(before), query.limit), query.limit, (r) => [r.version]);
  auditCaseRead(sql, actor, rel, 'safety_map.read', [], { versions: page.items.map((r) => r.version) });
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

/**
 * Saves the map as its next version; earlier versions stay. With If-Match (the version the writer
 * saw, 0 for the first map) someone else's save in between is a 412 instead of being passed over.
 */
export async function saveSafetyMap(sql: Sql, actor: Actor, householdId: string, expected: number | null, input: z.infer<typeof SafetyMapInput>): Promise<z.infer<typeof SafetyMapView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  await requireOpenCase(sql, householdId);
  const latest = await q.latestVersion(sql, householdId);
  if (expected !== null) requireVersion(latest, expected);
  const id = newId();
  await q.insertMap(sql, { tenantId: actor.tenantId, id, householdId, version: latest + 1, ...input, createdBy: actor.userId });
  auditCaseChange(sql, actor, householdId, 'safety_map.saved', 'create', { safetyMapId: id, version: latest + 1 });
  return toView((await q.mapById(sql, id))!);
}
