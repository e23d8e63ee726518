import type { z } from 'zod';
import type { SignalDetail, SignalEventView, SignalQueueItem } from '../../../contracts/signals';
import type { EventRow, SignalRow } from './queries';

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);
export const fullName = (given: string | null, family: string | null): string | null => [given, family].filter(Boolean).join(' ') || null;

export function toQueueItem(r: SignalRow): SignalQueueItem {
  return {
    id: r.id, reference: r.reference, source: r.source, kind: r.kind, teamId: r.team_id, teamName: r.team_name, status: r.status, urgency: r.urgency,
    concerns: r.concerns as SignalQueueItem['concerns'], subjectName: fullName(r.subject_given_name, r.subject_family_name),
    receivedAt: iso(r.received_at)!, firstContactDue: r.first_contact_due, overdue: r.overdue, pickedUpAt: iso(r.picked_up_at),
    pickedUpByName: r.picked_up_by_name, minutesToFirstContact: r.minutes_to_first_contact, householdId: r.household_id,
  };
}

const toEventView = (e: EventRow): z.infer<typeof SignalEventView> => ({
  id: e.id, type: e.event_type, occurredAt: iso(e.occurred_at)!, byName: e.by_name, note: e.note, householdId: e.household_id,
});

export function toSignalDetail(r: SignalRow, events: EventRow[]): SignalDetail {
  return {
    ...toQueueItem(r), description: r.description, actionsTaken: r.actions_taken, subjectBirthDate: r.subject_birth_date, school: r.subject_school,
    address: { street: r.subject_street, houseNumber: r.subject_house_number, postcode: r.subject_postcode, city: r.subject_city },
    hasBsn: r.has_bsn, parentsInformed: r.parents_informed, youngPersonInformed: r.young_person_informed, notInformedReason: r.not_informed_reason,
    sender: {
      anonymous: r.source === 'public' && r.sender_name === null && r.sender_email === null && r.sender_phone === null,
      name: r.sender_name, organisation: r.sender_organisation, phone: r.sender_phone, email: r.sender_email,
    },
    outcome: r.outcome as SignalDetail['outcome'], closeReason: r.close_reason, closedAt: iso(r.closed_at), events: events.map(toEventView),
  };
}
