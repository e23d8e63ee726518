import type { OwnActivityInput, ServiceDetail } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { getService } from './get-service';
import { canProposeOwnActivity } from './policy';
import { insertProposedActivity } from './propose-activity';

/**
 * A host proposes an activity from their account ("Mijn aanbod" → "Nieuwe activiteit"): the same
 * fields as the public form, no e-mail link (the account is known). It waits in the team's
 * moderation queue; the host keeps it, and the place made for it, as their own. Version 1 and the
 * audit event name the host.
 */
export async function proposeOwnActivity(sql: Sql, actor: Actor, input: OwnActivityInput): Promise<ServiceDetail> {
  if (!canProposeOwnActivity(actor)) throw new AppError('forbidden', { detail: 'Only initiative hosts propose activities of their own.' });
  const id = await insertProposedActivity(sql, input, { host: actor, email: input.email, phones: input.phones });
  return getService(sql, actor, id, new Date());
}
