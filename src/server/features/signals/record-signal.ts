import type { Sql } from '../../db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { newSignalReference } from './reference';
import { defaultTeam, insertSignal, teamForPostcode, tenantSettings, type NewSignal } from './routing-queries';
import { insertSignalEvent } from './queries';
import { deadlinesFromSettings, firstContactDue } from './deadlines';

export type SignalDraft = Omit<NewSignal, 'tenantId' | 'id' | 'reference' | 'teamId' | 'neighbourhoodId' | 'receivedAt' | 'firstContactDue'>;

/**
 * Stores a new signal for the team that should receive it and records its `received` event.
 * Routing rule: the postcode's neighbourhood → its district → the team of that district; without a
 * postcode, or when the postcode or district has no team, the tenant's default team
 * (`settings.defaultSignalTeamId`, else the first team by name). The first-contact deadline is
 * counted in working days from the Dutch date of receipt, per urgency (tenant settings).
 */
export async function recordSignal(sql: Sql, tenantId: string, draft: SignalDraft, userId: string | null): Promise<{ id: string; reference: string; teamId: string }> {
  const settings = await tenantSettings(sql);
  const routed = draft.postcode ? await teamForPostcode(sql, draft.postcode) : { teamId: null, neighbourhoodId: null };
  const teamId = routed.teamId ?? (await defaultTeam(sql, settings));
  if (!teamId) throw new AppError('service_unavailable', { detail: 'No team is set up to receive signals yet.' });
  const receivedAt = new Date();
  const id = newId();
  const row = { ...draft, tenantId, id, teamId, neighbourhoodId: routed.neighbourhoodId, receivedAt, firstContactDue: firstContactDue(receivedAt, draft.urgency, deadlinesFromSettings(settings)) };
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = newSignalReference(receivedAt);
    if (await insertSignal(sql, { ...row, reference })) {
      await insertSignalEvent(sql, { tenantId, id: newId(), signalId: id, type: 'received', userId });
      return { id, reference, teamId };
    }
  }
  throw new AppError('internal_error');
}
