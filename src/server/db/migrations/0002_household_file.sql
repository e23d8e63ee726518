-- Household file and plan: intake with addresses and BSN, the story told once, ordinary-life
-- exploration, network ties, one active plan with goals, ratings and actions, plan meetings,
-- contacts, ZRM assessments, Signs of Safety maps, care decisions, coordinator handovers.
-- Every editable row carries `version` for optimistic concurrency (If-Match → 412).

-- Postcode → neighbourhood, imported by the admin as CSV.
create table postcode_areas (
  tenant_id uuid not null references tenants (id),
  postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  neighbourhood_id uuid not null,
  primary key (tenant_id, postcode),
  foreign key (tenant_id, neighbourhood_id) references neighbourhoods (tenant_id, id)
);
select enable_tenant_rls('postcode_areas');

alter table households
  add column street text check (length(street) <= 200),
  add column house_number text check (house_number ~ '^[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?$'),
  add column postcode text check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  add column city text check (length(city) <= 200),
  add column neighbourhood_id uuid,
  add column phone text check (length(phone) <= 40),
  add column email citext check (length(email) <= 254),
  add column priority text not null default 'normal' check (priority in ('urgent', 'high', 'normal')),
  add column registered_at timestamptz not null default now(),
  add column closed_at timestamptz,
  add column close_reason text check (length(close_reason) <= 2000),
  add column version integer not null default 1,
  add constraint households_neighbourhood_fk foreign key (tenant_id, neighbourhood_id) references neighbourhoods (tenant_id, id),
  add constraint households_closed check ((status = 'closed') = (closed_at is not null));
create index households_status on households (tenant_id, status, registered_at);
create index households_postcode on households (tenant_id, postcode, house_number);
create index households_name_trgm on households using gin (name gin_trgm_ops);

alter table persons
  add column role text not null default 'other' check (role in ('parent', 'child', 'other')),
  -- BSN: an HMAC for exact search and duplicate checks, and the number itself sealed (AES-GCM).
  add column bsn_digest bytea,
  add column bsn_sealed text,
  add column phone text check (length(phone) <= 40),
  add column email citext check (length(email) <= 254),
  add column version integer not null default 1;
-- (birth dates in the future are refused by the app: a CHECK on current_date would not be immutable)
create index persons_bsn on persons (tenant_id, bsn_digest) where bsn_digest is not null;
create index persons_family_name_trgm on persons using gin (family_name gin_trgm_ops);
create index persons_birth_date on persons (tenant_id, birth_date);

-- The story, told once: every save is a new version; the newest is current.
create table household_stories (
  tenant_id uuid not null references tenants (id),
  household_id uuid not null,
  version integer not null check (version > 0),
  story text not null default '' check (length(story) <= 20000),
  going_well text not null default '' check (length(going_well) <= 10000),
  worries text not null default '' check (length(worries) <= 10000),
  -- per member: [{personId, talents, worries}]
  members jsonb not null default '[]',
  written_with text not null default '' check (length(written_with) <= 500),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, household_id, version),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id)
);
select enable_tenant_rls('household_stories', 'select, insert');

-- Ordinary-life exploration of one young person: where they want to go, per context lens.
create table explorations (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  person_id uuid not null,
  wishes text not null default '' check (length(wishes) <= 5000),
  -- [{lens: family|friends|school_work|club_free_time|neighbourhood|online, hinders, helps}]
  lenses jsonb not null default '[]',
  version integer not null default 1,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, person_id) references persons (tenant_id, id)
);
select enable_tenant_rls('explorations');
create index explorations_household on explorations (tenant_id, household_id);

create table network_ties (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  person_id uuid,
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('family', 'friend', 'neighbour', 'teacher', 'sports_coach', 'professional', 'other')),
  strength text not null check (strength in ('strong', 'normal', 'weak', 'strained')),
  support text not null default '' check (length(support) <= 2000),
  meaningful_adult boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, person_id) references persons (tenant_id, id)
);
select enable_tenant_rls('network_ties');
create index network_ties_household on network_ties (tenant_id, household_id);

-- One plan per household; at most one active (constraint), the rest closed.
create table plans (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  status text not null default 'active' check (status in ('active', 'closed')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id)
);
select enable_tenant_rls('plans');
create unique index plans_one_active on plans (tenant_id, household_id) where status = 'active';

create table goals (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  plan_id uuid not null,
  household_id uuid not null,
  person_id uuid,
  domain text not null check (domain in ('home', 'school_work', 'leisure_friends', 'health', 'money', 'safety', 'other')),
  own_words text not null check (length(own_words) between 1 and 1000),
  status text not null default 'open' check (status in ('open', 'achieved', 'partly_achieved', 'not_achieved', 'dropped')),
  evaluation text check (length(evaluation) <= 2000),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, plan_id) references plans (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, person_id) references persons (tenant_id, id)
);
select enable_tenant_rls('goals');
create index goals_plan on goals (tenant_id, plan_id);

create table goal_ratings (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  goal_id uuid not null,
  rating smallint not null check (rating between 0 and 10),
  rated_by_person_id uuid,
  note text check (length(note) <= 1000),
  rated_at timestamptz not null default now(),
  recorded_by uuid not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, goal_id) references goals (tenant_id, id),
  foreign key (tenant_id, rated_by_person_id) references persons (tenant_id, id)
);
select enable_tenant_rls('goal_ratings', 'select, insert');
create index goal_ratings_goal on goal_ratings (tenant_id, goal_id, rated_at);

create table plan_actions (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  goal_id uuid not null,
  household_id uuid not null,
  description text not null check (length(description) between 1 and 1000),
  owner_kind text not null check (owner_kind in ('family', 'network', 'professional', 'service')),
  owner_name text not null check (length(owner_name) between 1 and 200),
  due_on date,
  done_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, goal_id) references goals (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id)
);
select enable_tenant_rls('plan_actions');
create index plan_actions_goal on plan_actions (tenant_id, goal_id);

-- A plan meeting: a snapshot of the plan as agreed, and who agreed.
create table plan_meetings (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  plan_id uuid not null,
  household_id uuid not null,
  met_on date not null,
  snapshot jsonb not null,
  agreed_by jsonb not null default '[]',
  note text check (length(note) <= 4000),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, plan_id) references plans (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id)
);
select enable_tenant_rls('plan_meetings', 'select, insert');
create index plan_meetings_plan on plan_meetings (tenant_id, plan_id, met_on);

create table contacts (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  occurred_on date not null,
  kind text not null check (kind in ('home_visit', 'school', 'phone', 'video', 'outreach', 'consultation')),
  participants text not null default '' check (length(participants) <= 1000),
  minutes integer not null check (minutes between 0 and 1440),
  note text not null default '' check (length(note) <= 10000),
  sensitive boolean not null default false,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id)
);
select enable_tenant_rls('contacts');
create index contacts_household on contacts (tenant_id, household_id, occurred_on desc);

-- Zelfredzaamheidsmatrix: scores 1 (acute problematiek) … 5 (volledig zelfredzaam) per domain.
create table zrm_assessments (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  person_id uuid not null,
  assessed_on date not null,
  scores jsonb not null,
  note text check (length(note) <= 4000),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, person_id) references persons (tenant_id, id)
);
select enable_tenant_rls('zrm_assessments', 'select, insert');
create index zrm_household on zrm_assessments (tenant_id, household_id, assessed_on);

-- Signs of Safety map; every save is a new version.
create table safety_maps (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  version integer not null check (version > 0),
  harm text not null default '' check (length(harm) <= 10000),
  danger text not null default '' check (length(danger) <= 10000),
  complicating_factors text not null default '' check (length(complicating_factors) <= 10000),
  working_well text not null default '' check (length(working_well) <= 10000),
  needs_to_happen text not null default '' check (length(needs_to_happen) <= 10000),
  scale_family smallint check (scale_family between 0 and 10),
  scale_coach smallint check (scale_coach between 0 and 10),
  scale_network smallint check (scale_network between 0 and 10),
  danger_statements text not null default '' check (length(danger_statements) <= 10000),
  safety_goals text not null default '' check (length(safety_goals) <= 10000),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, household_id, version),
  foreign key (tenant_id, household_id) references households (tenant_id, id)
);
select enable_tenant_rls('safety_maps', 'select, insert');

-- Beschikkingen: stepping up to specialist care and back down, on the same plan.
create table care_decisions (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  person_id uuid,
  direction text not null check (direction in ('step_up', 'step_down')),
  provider text not null check (length(provider) between 1 and 200),
  product_category text not null check (length(product_category) between 1 and 200),
  starts_on date not null,
  ends_on date,
  volume text check (length(volume) <= 200),
  note text check (length(note) <= 4000),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, person_id) references persons (tenant_id, id),
  check (ends_on is null or ends_on >= starts_on)
);
select enable_tenant_rls('care_decisions');
create index care_decisions_household on care_decisions (tenant_id, household_id, starts_on);

create table coordinator_handovers (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  from_user_id uuid,
  to_user_id uuid not null,
  note text not null default '' check (length(note) <= 4000),
  handed_over_by uuid not null,
  handed_over_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, to_user_id) references users (tenant_id, id)
);
select enable_tenant_rls('coordinator_handovers', 'select, insert');
create index handovers_household on coordinator_handovers (tenant_id, household_id, handed_over_at);

-- ZRM domains and labels are configurable per tenant; Wijkwijs ships the 13 standard domains.
create table zrm_domains (
  tenant_id uuid not null references tenants (id),
  key text not null check (key ~ '^[a-z_]+$'),
  label text not null check (length(label) between 1 and 100),
  position smallint not null,
  primary key (tenant_id, key)
);
select enable_tenant_rls('zrm_domains');
