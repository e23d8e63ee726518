import type { z } from 'zod';
import type { StoryInput, StoryView } from '../../../contracts/households';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { toPage } from '../../platform/pagination';
import * as q from './queries';

const toView = (r: q.StoryRow): z.infer<typeof StoryView> => ({
  version: r.version, story: r.story, goingWell: r.going_well, worries: r.worries, members: r.members, writtenWith: r.written_with,
  createdAt: new Date(r.created_at).toISOString(), createdByName: r.created_by_name,
});

/** The family's story: the newest version, or a given one. Version 0 means nothing is written yet. */
export async function getStory(sql: Sql, actor: Actor, householdId: string, version: number | null = null): Promise<z.infer<typeof StoryView>> {
  await requireCaseAccess(sql, actor, householdId, 'read');
  const row = await q.storyVersion(sql, householdId, version);
  if (!row && version !== null) throw new AppError('not_found');
  audit(sql, actor, { eventType: 'household.story_read', action: 'read', objectType: 'household', objectId: householdId, details: { version: row?.version ?? 0 } });
  if (!row) return { version: 0, story: '', goingWell: '', worries: '', members: [], writtenWith: '', createdAt: new Date(0).toISOString(), createdByName: '' };
  return toView(row);
}

/** Saves the story as a new version on top of the one the writer saw (If-Match), so nothing is overwritten. */
export async function saveStory(sql: Sql, actor: Actor, householdId: string, expected: number, input: z.infer<typeof StoryInput>): Promise<z.infer<typeof StoryView>> {
  await requireCaseAccess(sql, actor, householdId, 'write', 'household.update');
  const current = await q.storyVersion(sql, householdId, null);
  requireVersion(current?.version ?? 0, expected);
  const members = new Set(await q.memberIds(sql, householdId));
  const stranger = input.members.findIndex((m) => !members.has(m.personId));
  if (stranger >= 0) throw new AppError('validation_failed', { field: `body.members.${stranger}.personId`, detail: 'This person is not a member of the household.' });
  await q.insertStoryVersion(sql, { tenantId: actor.tenantId, householdId, version: expected + 1, ...input, createdBy: actor.userId });
  audit(sql, actor, { eventType: 'household.story_saved', action: 'update', objectType: 'household', objectId: householdId, details: { version: expected + 1 } });
  const saved = await q.storyVersion(sql, householdId, expected + 1);
  return toView(saved!);
}

export async function listStoryVersions(sql: Sql, actor: Actor, householdId: string, before: number | null, limit: number) {
  await requireCaseAccess(sql, actor, householdId, 'read');
  const page = toPage(await q.storyVersions(sql, householdId, before, limit), limit, (r) => [r.version]);
  return { items: page.items.map((r) => ({ version: r.version, createdAt: new Date(r.created_at).toISOString(), createdByName: r.created_by_name })), nextCursor: page.nextCursor };
}
