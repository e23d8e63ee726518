import type { z } from 'zod';
import type { LinkSignalInput, SignalDetail } from '../../../contracts/signals';
import type { Sql } from '../../db/database';
import { requireCaseAccess } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { SecretBox } from '../../platform/secrets';
import { registerHousehold } from '../households/register-household';
import { insertSignalEvent, markPickedUp, setHousehold } from './queries';
import { requireTeamSignal, signalDetail } from './team-signal';

/** The intake names fields from its own body; here they sit under `newHousehold`. */
function underNewHousehold(error: unknown): never {
  if (!(error instanceof AppError) || !error.invalidParams) throw error;
  throw new AppError(error.code, { detail: error.message, invalidParams: error.invalidParams.map((p) => ({ ...p, name: p.name.replace(/^body\./, 'body.newHousehold.') })) });
}

/**
 * Links a signal to a household: an existing one the coach may work on, or a new one registered
 * through the households feature's intake (with its duplicate check: unseen matches are a 409).
 * A signal still waiting counts as picked up at this moment.
 */
export async function linkSignal(sql: Sql, actor: Actor, box: SecretBox, signalId: string, input: z.infer<typeof LinkSignalInput>): Promise<SignalDetail> {
  const signal = await requireTeamSignal(sql, actor, signalId, 'act');
  if (signal.status === 'closed') throw new AppError('conflict', { detail: 'This signal is closed.' });
  let householdId: string;
  if (input.householdId) {
    await requireCaseAccess(sql, actor, input.householdId, 'write');
    householdId = input.householdId;
  } else {
    const intake = input.newHousehold!;
    householdId = (await registerHousehold(sql, actor, box, { ...intake, teamId: intake.teamId ?? signal.team_id }).catch(underNewHousehold)).id;
  }
  if (signal.status === 'received' && (await markPickedUp(sql, signalId, actor.userId)))
    await insertSignalEvent(sql, { tenantId: actor.tenantId, id: newId(), signalId, type: 'picked_up', userId: actor.userId });
  await setHousehold(sql, signalId, householdId);
  await insertSignalEvent(sql, { tenantId: actor.tenantId, id: newId(), signalId, type: 'household_linked', userId: actor.userId, note: input.note, householdId });
  audit(sql, actor, { eventType: 'signal.household_linked', action: 'update', objectType: 'signal', objectId: signalId, details: { householdId, newHousehold: !input.householdId } });
  return signalDetail(sql, signalId);
}
