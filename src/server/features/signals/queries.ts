import type { Sql } from '../../db/database';

/** Every SQL statement of the signals feature. */

export interface SignalRow {
  id: string; reference: string; source: 'signaller' | 'public'; kind: 'worry' | 'question'; team_id: string; team_name: string;
  status: 'received' | 'picked_up' | 'closed'; urgency: 'urgent' | 'normal'; concerns: string[]; description: string; actions_taken: string;
  subject_given_name: string | null; subject_family_name: string | null; subject_birth_date: string | null; subject_school: string | null;
  subject_street: string | null; subject_house_number: string | null; subject_postcode: string | null; subject_city: string | null;
  has_bsn: boolean; parents_informed: boolean | null; young_person_informed: boolean | null; not_informed_reason: string | null;
  sender_user_id: string | null; sender_name: string | null; sender_organisation: string | null; sender_phone: string | null; sender_email: string | null;
  received_at: Date; first_contact_due: string; overdue: boolean; picked_up_at: Date | null; picked_up_by_name: string | null;
  minutes_to_first_contact: number | null; household_id: string | null; closed_at: Date | null; outcome: string | null; close_reason: string | null;
}

const SIGNAL_COLUMNS = `s.id, s.reference, s.source, s.kind, s.team_id, t.name as team_name, s.status, s.urgency, s.concerns, s.description, s.actions_taken,
  s.subject_given_name, s.subject_family_name, s.subject_birth_date::text as subject_birth_date, s.subject_school, s.subject_street,
  s.subject_house_number, s.subject_postcode, s.subject_city, (s.subject_bsn_digest is not null) as has_bsn, s.parents_informed,
  s.young_person_informed, s.not_informed_reason, s.sender_user_id, s.sender_name, s.sender_organisation, s.sender_phone, s.sender_email::text as sender_email,
  s.received_at, s.first_contact_due::text as first_contact_due,
  (s.status = 'received' and s.first_contact_due < (now() at time zone 'Europe/Amsterdam')::date) as overdue,
  s.picked_up_at, u.display_name as picked_up_by_name,
  (extract(epoch from s.picked_up_at - s.received_at) / 60)::int as minutes_to_first_contact,
  s.household_id, s.closed_at, s.outcome, s.close_reason`;
const SIGNAL_FROM = `signals s join teams t on t.tenant_id = s.tenant_id and t.id = s.team_id
  left join users u on u.tenant_id = s.tenant_id and u.id = s.picked_up_by`;

export async function signalById(sql: Sql, id: string): Promise<SignalRow | null> {
  const rows = await sql.query<SignalRow>(`select ${SIGNAL_COLUMNS} from ${SIGNAL_FROM} where s.tenant_id = app_tenant_id() and s.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The triage queue: a team's signals in one status, earliest deadline (so overdue) first. */
export async function queueOfTeam(sql: Sql, teamId: string, status: string, after: [string, string, string] | null, limit: number): Promise<SignalRow[]> {
  return sql.query<SignalRow>(
    `select ${SIGNAL_COLUMNS} from ${SIGNAL_FROM}
      where s.tenant_id = app_tenant_id() and s.team_id = $1 and s.status = $2
        and ($3::date is null or (s.first_contact_due, s.received_at, s.id) > ($3::date, $4::timestamptz, $5::uuid))
      order by s.first_contact_due, s.received_at, s.id limit $6`,
    [teamId, status, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
  );
}

export interface SentSignalRow { id: string; reference: string; subject_given_name: string | null; subject_family_name: string | null; received_at: Date; status: 'received' | 'picked_up' | 'closed'; status_changed_at: Date }

/** A sender's own signals, newest first: status only. */
export async function sentSignalsOf(sql: Sql, userId: string, after: [string, string] | null, limit: number): Promise<SentSignalRow[]> {
  return sql.query<SentSignalRow>(
    `select s.id, s.reference, s.subject_given_name, s.subject_family_name, s.received_at, s.status,
            coalesce(s.closed_at, s.picked_up_at, s.received_at) as status_changed_at
       from signals s
      where s.tenant_id = app_tenant_id() and s.sender_user_id = $1
        and ($2::timestamptz is null or (s.received_at, s.id) < ($2::timestamptz, $3::uuid))
      order by s.received_at desc, s.id desc limit $4`,
    [userId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

export interface EventRow { id: string; event_type: 'received' | 'picked_up' | 'household_linked' | 'closed'; occurred_at: Date; by_name: string | null; note: string; household_id: string | null }

export async function eventsOfSignal(sql: Sql, signalId: string): Promise<EventRow[]> {
  return sql.query<EventRow>(
    `select e.id, e.event_type, e.occurred_at, u.display_name as by_name, e.note, e.household_id
       from signal_events e left join users u on u.tenant_id = e.tenant_id and u.id = e.user_id
      where e.tenant_id = app_tenant_id() and e.signal_id = $1 order by e.occurred_at, e.id`,
    [signalId],
  );
}

export async function insertSignalEvent(sql: Sql, e: { tenantId: string; id: string; signalId: string; type: EventRow['event_type']; userId: string | null; note?: string; householdId?: string | null }): Promise<void> {
  await sql.query(
    'insert into signal_events (tenant_id, id, signal_id, event_type, user_id, note, household_id) values ($1, $2, $3, $4, $5, $6, $7)',
    [e.tenantId, e.id, e.signalId, e.type, e.userId, e.note ?? '', e.householdId ?? null],
  );
}

/** Picks up a signal still waiting; false when someone else was first (or it is closed). */
export async function markPickedUp(sql: Sql, id: string, userId: string): Promise<boolean> {
  const rows = await sql.query("update signals set status = 'picked_up', picked_up_at = now(), picked_up_by = $2, version = version + 1 where tenant_id = app_tenant_id() and id = $1 and status = 'received' returning id", [id, userId]);
  return rows.length > 0;
}

export async function setHousehold(sql: Sql, id: string, householdId: string): Promise<void> {
  await sql.query('update signals set household_id = $2, version = version + 1 where tenant_id = app_tenant_id() and id = $1', [id, householdId]);
}

export async function markClosed(sql: Sql, id: string, outcome: string, reason: string): Promise<boolean> {
  const rows = await sql.query(
    "update signals set status = 'closed', closed_at = now(), outcome = $2, close_reason = $3, version = version + 1 where tenant_id = app_tenant_id() and id = $1 and status <> 'closed' returning id",
    [id, outcome, reason],
  );
  return rows.length > 0;
}
