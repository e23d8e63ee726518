import type { ServiceDetail, ServiceInput } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import { hasRole, type Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { getService } from './get-service';
import { canCreateService, needsModeration } from './policy';
import { recordServiceChange } from './record-change';
import { checkParts, writeParts } from './service-parts';
import * as q from './write-queries';

/**
 * A provider adds a service of their organisation, a host an informal activity of their own (it
 * waits for moderation), an admin anything. Version 1 is kept as the first snapshot.
 */
export async function createService(sql: Sql, actor: Actor, input: ServiceInput): Promise<ServiceDetail> {
  if (input.organizationId && !(await q.existingIds(sql, 'organizations', [input.organizationId])).size)
    throw new AppError('validation_failed', { field: 'body.organizationId', detail: 'Unknown organisation.' });
  const member = input.organizationId ? await q.isOrganizationMember(sql, input.organizationId, actor.userId) : false;
  if (!canCreateService(actor, input.kind, member)) throw new AppError('forbidden');
  if (input.kind === 'formal' && !input.organizationId)
    throw new AppError('validation_failed', { field: 'body.organizationId', detail: 'A formal service belongs to an organisation.' });
  const termIds = await checkParts(sql, input);
  const id = newId();
  await q.insertService(sql, id, {
    organization_id: input.organizationId, name: input.name, alternate_name: input.alternateName, description: input.description, url: input.url, email: input.email,
    status: input.status, application_process: input.applicationProcess, fees_description: input.feesDescription, eligibility_description: input.eligibilityDescription,
    interpretation_services: input.interpretationServices, minimum_age: input.minimumAge, maximum_age: input.maximumAge, kind: input.kind, is_public: input.isPublic, cost: input.cost,
  }, {
    moderationState: needsModeration(actor) ? 'pending' : 'approved',
    ownerUserId: input.kind === 'informal' && hasRole(actor, 'initiative_host') && !member ? actor.userId : null,
    createdBy: actor.userId,
  });
  await writeParts(sql, id, input, termIds);
  await recordServiceChange(sql, actor, id, 'created');
  return getService(sql, actor, id, new Date());
}
