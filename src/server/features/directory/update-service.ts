import type { ServiceDetail, UpdateServiceInput } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { requireVersion } from '../../platform/concurrency';
import { AppError } from '../../platform/errors';
import { getService } from './get-service';
import { needsModeration } from './policy';
import { recordServiceChange } from './record-change';
import { checkParts, writeParts } from './service-parts';
import * as q from './write-queries';

const columnOf: Record<string, keyof q.ServiceFields> = {
  name: 'name', alternateName: 'alternate_name', description: 'description', url: 'url', email: 'email', status: 'status',
  applicationProcess: 'application_process', feesDescription: 'fees_description', eligibilityDescription: 'eligibility_description',
  interpretationServices: 'interpretation_services', minimumAge: 'minimum_age', maximumAge: 'maximum_age', cost: 'cost', isPublic: 'is_public',
};

/**
 * The keeper of a service edits it (If-Match: the version they saw; 412 when stale). Lists replace
 * the whole list. A host's edit of an approved entry sends it back to moderation.
 */
export async function updateService(sql: Sql, actor: Actor, id: string, expected: number, input: UpdateServiceInput): Promise<ServiceDetail> {
  const current = await getService(sql, actor, id, new Date());
  if (!current.canEdit) throw new AppError(current.moderationState === 'approved' ? 'forbidden' : 'not_found');
  requireVersion(current.version, expected);
  const min = input.minimumAge !== undefined ? input.minimumAge : current.minimumAge;
  const max = input.maximumAge !== undefined ? input.maximumAge : current.maximumAge;
  if (min !== null && max !== null && min > max) throw new AppError('validation_failed', { field: 'body.maximumAge', detail: 'The lowest age is above the highest age.' });
  const termIds = await checkParts(sql, input, current.locations.map((l) => l.id));
  const changes: Partial<q.ServiceFields> = {};
  for (const [key, value] of Object.entries(input)) {
    const column = columnOf[key];
    if (column && value !== undefined) Object.assign(changes, { [column]: value });
  }
  if (!(await q.updateServiceColumns(sql, id, expected, changes, actor.userId))) requireVersion(expected + 1, expected);
  await writeParts(sql, id, input, termIds);
  if (needsModeration(actor) && current.moderationState === 'approved') await q.setModeration(sql, id, 'pending', null, null);
  await recordServiceChange(sql, actor, id, 'updated');
  return getService(sql, actor, id, new Date());
}
