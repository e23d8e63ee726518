-- Signals: worries and questions about a young person from the network (signallers, outreach
-- workers) and from residents via the public form, routed to a team's triage queue with a
-- first-contact deadline in working days. Every transition is a row in `signal_events`.

create table signals (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  -- Human-friendly reference the sender keeps, e.g. SIG-2026-K7M4QX.
  reference text not null check (reference ~ '^SIG-[0-9]{4}-[A-Z0-9]{6}$'),
  source text not null check (source in ('signaller', 'public')),
  kind text not null default 'worry' check (kind in ('worry', 'question')),
  team_id uuid not null,
  status text not null default 'received' check (status in ('received', 'picked_up', 'closed')),
  urgency text not null default 'normal' check (urgency in ('urgent', 'normal')),
  concerns text[] not null default '{}',
  description text not null check (length(description) between 1 and 5000),
  actions_taken text not null default '' check (length(actions_taken) <= 4000),
  -- About whom (all optional for the public form).
  subject_given_name text check (length(subject_given_name) <= 200),
  subject_family_name text check (length(subject_family_name) <= 200),
  subject_birth_date date,
  subject_school text check (length(subject_school) <= 200),
  subject_street text check (length(subject_street) <= 200),
  subject_house_number text check (length(subject_house_number) <= 20),
  subject_postcode text check (subject_postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  subject_city text check (length(subject_city) <= 200),
  neighbourhood_id uuid,
  -- BSN as for persons: an HMAC digest for exact matching and the number sealed (AES-GCM).
  subject_bsn_digest bytea,
  subject_bsn_sealed text,
  parents_informed boolean,
  young_person_informed boolean,
  not_informed_reason text check (length(not_informed_reason) <= 2000),
  -- Who sent it: a user (signaller, outreach) or a resident (maybe anonymous).
  sender_user_id uuid,
  sender_name text check (length(sender_name) <= 200),
  sender_organisation text check (length(sender_organisation) <= 200),
  sender_phone text check (length(sender_phone) <= 40),
  sender_email citext check (length(sender_email) <= 254),
  received_at timestamptz not null default now(),
  first_contact_due date not null,
  picked_up_at timestamptz,
  picked_up_by uuid,
  household_id uuid,
  closed_at timestamptz,
  outcome text check (outcome in ('advised', 'referred_elsewhere', 'household_support', 'no_action')),
  close_reason text check (length(close_reason) <= 2000),
  version integer not null default 1,
  primary key (tenant_id, id),
  unique (tenant_id, reference),
  foreign key (tenant_id, team_id) references teams (tenant_id, id),
  foreign key (tenant_id, neighbourhood_id) references neighbourhoods (tenant_id, id),
  foreign key (tenant_id, sender_user_id) references users (tenant_id, id),
  foreign key (tenant_id, picked_up_by) references users (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  constraint signals_closed check ((status = 'closed') = (closed_at is not null)),
  constraint signals_picked_up check (status <> 'picked_up' or picked_up_at is not null)
);
select enable_tenant_rls('signals');
-- The triage queue: open signals of a team, deadline first.
create index signals_queue on signals (tenant_id, team_id, status, first_contact_due, received_at, id);
create index signals_sender on signals (tenant_id, sender_user_id, received_at desc, id);
create index signals_household on signals (tenant_id, household_id) where household_id is not null;

create table signal_events (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  signal_id uuid not null,
  event_type text not null check (event_type in ('received', 'picked_up', 'household_linked', 'closed')),
  occurred_at timestamptz not null default now(),
  -- Null for a resident's signal arriving through the public form.
  user_id uuid,
  note text not null default '' check (length(note) <= 4000),
  household_id uuid,
  primary key (tenant_id, id),
  foreign key (tenant_id, signal_id) references signals (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id)
);
select enable_tenant_rls('signal_events', 'select, insert');
create index signal_events_signal on signal_events (tenant_id, signal_id, occurred_at, id);
