-- Foundation: tenants, users, teams, districts, sessions, audit log, case access primitives, jobs.
-- Runs on PostgreSQL 15+ and PGlite. Forward-only. The app works as role wijkwijs_app, which owns
-- nothing and is subject to row-level security on every tenant table.

create extension if not exists citext;
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists pgcrypto;

do $$
begin
  create role wijkwijs_app nologin;
exception when duplicate_object or unique_violation then null;
end $$;

grant usage on schema public to wijkwijs_app;

-- The tenant of the current transaction, set by the app with set_config('app.tenant_id', ..., true).
create function app_tenant_id() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Every tenant table gets the same treatment: RLS enabled and forced, one isolation policy,
-- and the app role's grants. Called by each migration that adds a tenant table.
create function enable_tenant_rls(tbl regclass, privileges text default 'select, insert, update, delete')
  returns void language plpgsql as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('alter table %s force row level security', tbl);
  execute format('create policy tenant_isolation on %s using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())', tbl);
  execute format('grant %s on %s to wijkwijs_app', privileges, tbl);
end $$;

create table tenants (
  id uuid primary key,
  slug text not null unique check (slug ~ '^[a-z0-9-]+$'),
  name text not null check (length(name) between 1 and 200),
  hostnames text[] not null default '{}',
  theme jsonb not null default '{}',
  settings jsonb not null default '{}',
  created_at timestamptz not null default now()
);
alter table tenants enable row level security;
alter table tenants force row level security;
-- A tenant's name and theme are public (the public portal shows them); only its own admins change it.
create policy tenants_read on tenants for select using (true);
create policy tenants_update on tenants for update using (id = app_tenant_id()) with check (id = app_tenant_id());
grant select on tenants to wijkwijs_app;
grant update (name, theme, settings, hostnames) on tenants to wijkwijs_app;

create table users (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  email citext not null check (length(email) between 3 and 254),
  display_name text not null check (length(display_name) between 1 and 200),
  roles text[] not null default '{}' check (roles <@ array['coach', 'specialist', 'team_lead', 'safety_officer', 'outreach', 'provider', 'signaller', 'initiative_host', 'analyst', 'admin', 'client']::text[]),
  status text not null default 'invited' check (status in ('invited', 'active', 'deactivated')),
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  password_hash text,
  password_changed_at timestamptz,
  totp_secret text,
  totp_enabled_at timestamptz,
  totp_last_step bigint,
  recovery_code_hashes text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, email)
);
select enable_tenant_rls('users');

create table districts (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  name text not null check (length(name) between 1 and 200),
  cbs_code text not null check (cbs_code ~ '^WK[0-9]{6}$'),
  primary key (tenant_id, id),
  unique (tenant_id, cbs_code)
);
select enable_tenant_rls('districts');

create table neighbourhoods (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  district_id uuid not null,
  name text not null check (length(name) between 1 and 200),
  cbs_code text not null check (cbs_code ~ '^BU[0-9]{8}$'),
  primary key (tenant_id, id),
  unique (tenant_id, cbs_code),
  foreign key (tenant_id, district_id) references districts (tenant_id, id)
);
select enable_tenant_rls('neighbourhoods');
create index neighbourhoods_district on neighbourhoods (tenant_id, district_id);

create table teams (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  name text not null check (length(name) between 1 and 200),
  district_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name),
  foreign key (tenant_id, district_id) references districts (tenant_id, id)
);
select enable_tenant_rls('teams');

create table team_members (
  tenant_id uuid not null references tenants (id),
  team_id uuid not null,
  user_id uuid not null,
  primary key (tenant_id, team_id, user_id),
  foreign key (tenant_id, team_id) references teams (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
select enable_tenant_rls('team_members');
create index team_members_user on team_members (tenant_id, user_id);

create table sessions (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  user_id uuid not null,
  token_hash bytea not null,
  totp_setup_required boolean not null default false,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  ip text,
  user_agent text,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
select enable_tenant_rls('sessions');
create index sessions_user on sessions (tenant_id, user_id);

-- Failed sign-in attempts per e-mail address and per IP address, whether or not the account exists.
create table login_throttles (
  tenant_id uuid not null references tenants (id),
  key text not null,
  failures integer not null default 0,
  next_attempt_at timestamptz,
  locked_until timestamptz,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, key)
);
select enable_tenant_rls('login_throttles');

-- Single-use links: password reset and invitation (set your first password).
create table password_tokens (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  user_id uuid not null,
  purpose text not null check (purpose in ('reset', 'invite')),
  token_hash bytea not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
select enable_tenant_rls('password_tokens');

-- Mail that Wijkwijs sent. In demo mode this is the dev outbox that admins can read.
create table outbox_messages (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  recipient citext not null,
  subject text not null,
  body_text text not null,
  delivered_via text not null check (delivered_via in ('outbox', 'smtp')),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
select enable_tenant_rls('outbox_messages');

create table notifications (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  user_id uuid not null,
  kind text not null,
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  read_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
select enable_tenant_rls('notifications');
create index notifications_user on notifications (tenant_id, user_id, created_at desc);

-- Households and persons: the core of a case. Later migrations add the rest of the file.
create table households (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  name text not null check (length(name) between 1 and 200),
  team_id uuid,
  status text not null default 'waiting' check (status in ('waiting', 'active', 'closed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, team_id) references teams (tenant_id, id)
);
select enable_tenant_rls('households');
create index households_team on households (tenant_id, team_id);

create table persons (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  given_name text not null check (length(given_name) between 1 and 200),
  family_name text not null check (length(family_name) between 1 and 200),
  birth_date date,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id)
);
select enable_tenant_rls('persons');
create index persons_household on persons (tenant_id, household_id);

-- Who works on a case: the coordinator (at most one, by constraint), case team members, specialists.
create table case_members (
  tenant_id uuid not null references tenants (id),
  household_id uuid not null,
  user_id uuid not null,
  role text not null check (role in ('coordinator', 'member', 'specialist')),
  since timestamptz not null default now(),
  primary key (tenant_id, household_id, user_id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
select enable_tenant_rls('case_members');
create unique index case_members_one_coordinator on case_members (tenant_id, household_id) where role = 'coordinator';
create index case_members_user on case_members (tenant_id, user_id);

-- Break-the-glass: time-limited access outside the case relationship, with a reason.
create table break_glass_grants (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  user_id uuid not null,
  reason text not null check (length(reason) between 10 and 2000),
  granted_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
select enable_tenant_rls('break_glass_grants', 'select, insert');
create index break_glass_user on break_glass_grants (tenant_id, user_id, household_id, expires_at);

-- Audit log with the NEN 7513 fields. Append-only for the app role; each row's hash covers the
-- previous row's hash, per tenant, so a changed or removed row breaks the chain.
create table audit_events (
  tenant_id uuid not null references tenants (id),
  seq bigint not null,
  id uuid not null,
  occurred_at timestamptz not null default now(),
  event_type text not null check (event_type ~ '^[a-z_]+(\.[a-z_]+)+$'),
  action text not null check (action in ('create', 'read', 'update', 'delete', 'execute')),
  outcome text not null default 'success' check (outcome in ('success', 'denied', 'failure')),
  person_id uuid,
  user_id uuid,
  on_behalf_role text,
  on_behalf_team_id uuid,
  ip text,
  user_agent text,
  reason text,
  object_type text,
  object_id uuid,
  details jsonb not null default '{}',
  prev_hash bytea,
  hash bytea not null,
  primary key (tenant_id, seq)
);
select enable_tenant_rls('audit_events', 'select, insert');
create index audit_events_person on audit_events (tenant_id, person_id, occurred_at) where person_id is not null;
create index audit_events_user on audit_events (tenant_id, user_id, occurred_at);
create index audit_events_time on audit_events (tenant_id, occurred_at);

-- The canonical text that a row's hash covers; used by the insert trigger and by verification.
create function audit_event_hash(prev bytea, e audit_events) returns bytea
  language sql immutable as $$
  select sha256(convert_to(concat_ws('|',
    coalesce(encode(prev, 'hex'), ''), e.tenant_id::text, e.seq::text, e.id::text,
    to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.event_type, e.action, e.outcome, coalesce(e.person_id::text, ''), coalesce(e.user_id::text, ''),
    coalesce(e.on_behalf_role, ''), coalesce(e.on_behalf_team_id::text, ''), coalesce(e.ip, ''),
    coalesce(e.user_agent, ''), coalesce(e.reason, ''), coalesce(e.object_type, ''),
    coalesce(e.object_id::text, ''), e.details::text), 'UTF8'))
$$;

create function audit_events_chain() returns trigger
  language plpgsql as $$
declare
  last_row record;
begin
  -- One writer per tenant at a time, until commit, so the chain has no forks.
  perform pg_advisory_xact_lock(hashtext('wijkwijs.audit.' || new.tenant_id::text));
  select seq, hash into last_row from audit_events where tenant_id = new.tenant_id order by seq desc limit 1;
  new.seq := coalesce(last_row.seq, 0) + 1;
  new.prev_hash := last_row.hash;
  new.occurred_at := date_trunc('microseconds', clock_timestamp());
  new.hash := audit_event_hash(new.prev_hash, new);
  return new;
end $$;

create trigger audit_events_chain before insert on audit_events
  for each row execute function audit_events_chain();

-- Scheduled background jobs; not tenant data. Claimed with FOR UPDATE SKIP LOCKED.
create table jobs (
  name text primary key,
  interval_seconds integer not null check (interval_seconds > 0),
  next_run_at timestamptz not null default now(),
  locked_until timestamptz,
  last_run_at timestamptz,
  last_result jsonb
);
grant select, update on jobs to wijkwijs_app;

insert into jobs (name, interval_seconds) values ('purge_expired_credentials', 3600);
