import type { z } from 'zod';
import type { CapacityInput, ModerationInput, ServiceDetail } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { getService } from './get-service';
import { canModerate } from './policy';
import { recordServiceChange } from './record-change';
import * as q from './write-queries';

async function editable(sql: Sql, actor: Actor, id: string, expected: number | null): Promise<ServiceDetail> {
  const current = await getService(sql, actor, id, new Date());
  if (!current.canEdit) throw new AppError('forbidden');
  if (expected !== null) requireVersion(current.version, expected);
  return current;
}

/** Providers keep places and waiting time up to date; each update is a version with who and when. */
export async function updateCapacity(sql: Sql, actor: Actor, id: string, expected: number | null, input: z.infer<typeof CapacityInput>): Promise<ServiceDetail> {
  await editable(sql, actor, id, expected);
  await q.setCapacity(sql, id, input.placesAvailable, input.waitingWeeks, actor.userId);
  await recordServiceChange(sql, actor, id, 'capacity_updated');
  return getService(sql, actor, id, new Date());
}

/** The host confirms the entry is still current (before it is flagged after 6 months or hidden after 9). */
export async function confirmService(sql: Sql, actor: Actor, id: string): Promise<ServiceDetail> {
  await editable(sql, actor, id, null);
  await q.markConfirmed(sql, id, actor.userId);
  await recordServiceChange(sql, actor, id, 'confirmed');
  return getService(sql, actor, id, new Date());
}

/** The team approves an entry (it goes public) or rejects it with a reason the keeper sees. */
export async function moderateService(sql: Sql, actor: Actor, id: string, expected: number | null, input: z.infer<typeof ModerationInput>): Promise<ServiceDetail> {
  if (!canModerate(actor)) throw new AppError('forbidden');
  const current = await getService(sql, actor, id, new Date());
  if (expected !== null) requireVersion(current.version, expected);
  await q.setModeration(sql, id, input.state, input.state === 'rejected' ? input.reason : null, actor.userId);
  await recordServiceChange(sql, actor, id, input.state);
  return getService(sql, actor, id, new Date());
}
