-- Outreach log (presence in the neighbourhood without a case) and signal matching between
-- organisations (verwijsindex-like), plus the minimal link from a client account to a person.

-- Outreach: where, when, how many young people, which themes, what follows. No personal data.
create table outreach_logs (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  author_id uuid not null,
  -- The author's team when the entry was made, for the time split per team (null for partners).
  team_id uuid,
  neighbourhood_id uuid not null,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  started_at timestamptz not null,
  duration_minutes integer not null check (duration_minutes between 1 and 1440),
  activity_kind text not null default 'outreach' check (activity_kind in ('outreach', 'collective')),
  young_people_met integer not null default 0 check (young_people_met between 0 and 10000),
  themes text[] not null default '{}' check (themes <@ array['school', 'leisure', 'home', 'substances', 'safety', 'money', 'work', 'health', 'friends', 'online']::text[]),
  notes text not null default '' check (length(notes) <= 4000),
  follow_up text not null default '' check (length(follow_up) <= 2000),
  follow_up_kind text not null default 'none' check (follow_up_kind in ('none', 'signal', 'intake', 'activity')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check ((latitude is null) = (longitude is null)),
  foreign key (tenant_id, author_id) references users (tenant_id, id),
  foreign key (tenant_id, team_id) references teams (tenant_id, id),
  foreign key (tenant_id, neighbourhood_id) references neighbourhoods (tenant_id, id)
);
select enable_tenant_rls('outreach_logs');
create index outreach_logs_author on outreach_logs (tenant_id, author_id, started_at desc, id desc);
create index outreach_logs_team on outreach_logs (tenant_id, team_id, started_at desc, id desc);
create index outreach_logs_neighbourhood on outreach_logs (tenant_id, neighbourhood_id, started_at desc);

-- Signal matching: an organisation says it is involved with a young person. Only keyed digests of
-- the young person are kept (HMAC under the app secret), never the BSN, name or birth date; the
-- end date is computed at registration (two years, or the 23rd birthday if sooner).
create table signal_match_registrations (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  user_id uuid not null,
  organisation_name text not null check (length(organisation_name) between 1 and 200),
  contact_name text not null check (length(contact_name) between 1 and 200),
  contact_phone text not null check (length(contact_phone) between 6 and 40),
  -- The registrant's own reference (e.g. their file number), shown only to them.
  own_reference text not null default '' check (length(own_reference) <= 100),
  bsn_digest bytea,
  name_digest bytea,
  registered_at timestamptz not null default now(),
  ends_at timestamptz not null,
  primary key (tenant_id, id),
  check (bsn_digest is not null or name_digest is not null),
  check (ends_at > registered_at),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
select enable_tenant_rls('signal_match_registrations');
create index signal_match_bsn on signal_match_registrations (tenant_id, bsn_digest) where bsn_digest is not null;
create index signal_match_name on signal_match_registrations (tenant_id, name_digest) where name_digest is not null;
create index signal_match_user on signal_match_registrations (tenant_id, user_id, registered_at desc);
create index signal_match_ends on signal_match_registrations (tenant_id, ends_at);

-- A client account (young person or parent) may be linked to the person it is.
alter table users
  add column person_id uuid,
  add constraint users_person_fk foreign key (tenant_id, person_id) references persons (tenant_id, id);

insert into jobs (name, interval_seconds) values ('end_signal_match_registrations', 3600);
