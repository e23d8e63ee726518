import type { ConsentView, InformationCategory } from '../../../contracts/consents';
import type { ConsentRow } from './queries';

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export const toConsentView = (r: ConsentRow): ConsentView => ({
  id: r.id, householdId: r.household_id, personId: r.person_id, personName: r.person_name, givenBy: r.given_by, purpose: r.purpose,
  scope: r.scope as InformationCategory[], recipientName: r.recipient_name, recipientOrganizationId: r.recipient_organization_id,
  recipientServiceId: r.recipient_service_id, validFrom: r.valid_from, validUntil: r.valid_until, note: r.note, recordedByName: r.recorded_by_name,
  recordedAt: iso(r.recorded_at)!, withdrawnAt: iso(r.withdrawn_at), withdrawnByName: r.withdrawn_by_name, withdrawalReason: r.withdrawal_reason, active: r.active,
});
