-- Consent as data, and referrals that close the loop.
-- A consent says: for whom (person), given by whom (consent_givers, by the age rules), for what
-- purpose, which information (scope: a closed list of categories), to whom (an organisation, or
-- one service when it has no organisation, e.g. a resident initiative), from and until when, and
-- whether it was withdrawn. Sharing checks it at runtime.

create table consents (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  person_id uuid not null,
  purpose text not null check (purpose in ('referral')),
  scope text[] not null check (cardinality(scope) between 1 and 6 and scope <@ array['name_and_contact', 'birth_date', 'household_composition', 'story', 'goals', 'safety_information']::text[]),
  recipient_organization_id uuid,
  recipient_service_id uuid,
  valid_from date not null,
  valid_until date not null,
  note text not null default '' check (length(note) <= 2000),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  withdrawn_at timestamptz,
  withdrawn_by uuid,
  withdrawal_reason text check (length(withdrawal_reason) <= 2000),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, person_id) references persons (tenant_id, id),
  foreign key (tenant_id, recipient_organization_id) references organizations (tenant_id, id),
  foreign key (tenant_id, recipient_service_id) references services (tenant_id, id),
  foreign key (tenant_id, recorded_by) references users (tenant_id, id),
  foreign key (tenant_id, withdrawn_by) references users (tenant_id, id),
  check (num_nonnulls(recipient_organization_id, recipient_service_id) = 1),
  check (valid_from <= valid_until),
  check ((withdrawn_at is null) = (withdrawn_by is null))
);
select enable_tenant_rls('consents');
create index consents_person on consents (tenant_id, person_id, purpose);
create index consents_household on consents (tenant_id, household_id, recorded_at);

-- Who gave the consent (the young person 16+; young person and a parent at 12–15; a parent under 12).
create table consent_givers (
  tenant_id uuid not null references tenants (id),
  consent_id uuid not null,
  person_id uuid not null,
  primary key (tenant_id, consent_id, person_id),
  foreign key (tenant_id, consent_id) references consents (tenant_id, id),
  foreign key (tenant_id, person_id) references persons (tenant_id, id)
);
select enable_tenant_rls('consent_givers', 'select, insert');

create table referrals (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  person_id uuid not null,
  service_id uuid not null,
  organization_id uuid,
  consent_id uuid not null,
  status text not null check (status in ('draft', 'sent', 'accepted', 'declined', 'in_progress', 'completed', 'not_completed', 'cancelled', 'expired')),
  -- The information categories shared (a subset of the consent's scope) and what they held at send time.
  shared_scope text[] not null check (cardinality(shared_scope) <= 6),
  shared_snapshot jsonb,
  message text not null default '' check (length(message) <= 4000),
  -- Where the single-use links go (the service's or organisation's e-mail unless the coach chose one).
  recipient_email citext check (length(recipient_email) <= 254),
  status_reason text check (length(status_reason) <= 2000),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  accepted_at timestamptz,
  closed_at timestamptz,
  reminder_sent_at timestamptz,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, person_id) references persons (tenant_id, id),
  foreign key (tenant_id, service_id) references services (tenant_id, id),
  foreign key (tenant_id, organization_id) references organizations (tenant_id, id),
  foreign key (tenant_id, consent_id) references consents (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id),
  check ((status = 'draft') = (sent_at is null))
);
select enable_tenant_rls('referrals');
create index referrals_household on referrals (tenant_id, household_id, created_at);
create index referrals_service on referrals (tenant_id, service_id, status);
create index referrals_organization on referrals (tenant_id, organization_id, created_at);
create index referrals_waiting on referrals (tenant_id, status, sent_at) where status = 'sent';

-- Every step of a referral, timestamped and attributed: a user, or the holder of a link, or the system.
create table referral_events (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  referral_id uuid not null,
  from_status text,
  to_status text not null,
  reason text check (length(reason) <= 2000),
  by_user_id uuid,
  by_link_id uuid,
  by_label text not null check (length(by_label) between 1 and 254),
  occurred_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, referral_id) references referrals (tenant_id, id),
  foreign key (tenant_id, by_user_id) references users (tenant_id, id)
);
select enable_tenant_rls('referral_events', 'select, insert');
create index referral_events_referral on referral_events (tenant_id, referral_id, occurred_at);

-- Single-use answer links for providers and hosts without an account. Only the token's hash is kept.
create table referral_links (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  referral_id uuid not null,
  token_hash bytea not null,
  recipient_email citext not null check (length(recipient_email) <= 254),
  allowed_statuses text[] not null check (cardinality(allowed_statuses) between 1 and 3),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, referral_id) references referrals (tenant_id, id),
  foreign key (tenant_id, revoked_by) references users (tenant_id, id)
);
select enable_tenant_rls('referral_links');
create index referral_links_referral on referral_links (tenant_id, referral_id);

-- Reminders after N working days without an answer, and expiry after the link's 14 days.
insert into jobs (name, interval_seconds) values ('referral_follow_up', 3600);
