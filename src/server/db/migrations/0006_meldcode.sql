-- Meldcode huiselijk geweld en kindermishandeling: a case per household that walks the five steps.
-- Step records are append-only (completions and reopenings), so the history of every step stays.

-- The tenant's settings: the official wording of the afwegingskader's five questions and the
-- working days a step may stay open. Every change is a new version; answers keep the words shown.
create table meldcode_settings (
  tenant_id uuid not null references tenants (id),
  version integer not null check (version > 0),
  questions jsonb not null,
  overdue_working_days jsonb not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, version),
  foreign key (tenant_id, created_by) references users (tenant_id, id)
);
select enable_tenant_rls('meldcode_settings', 'select, insert');

create table meldcode_cases (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  status text not null default 'open' check (status in ('open', 'closed')),
  opened_by uuid not null,
  opened_at timestamptz not null default date_trunc('milliseconds', now()),
  closed_by uuid,
  closed_at timestamptz,
  close_reason text check (close_reason is null or length(close_reason) between 1 and 2000),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, opened_by) references users (tenant_id, id),
  foreign key (tenant_id, closed_by) references users (tenant_id, id)
);
select enable_tenant_rls('meldcode_cases', 'select, insert, update');
create index meldcode_cases_household on meldcode_cases (tenant_id, household_id, opened_at desc);
create index meldcode_cases_open on meldcode_cases (tenant_id, status) where status = 'open';

-- seq orders the records of one case; (case, seq) unique refuses two writers of the same turn.
create table meldcode_step_records (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  case_id uuid not null,
  seq integer not null check (seq > 0),
  step smallint not null check (step between 1 and 5),
  kind text not null check (kind in ('completed', 'reopened')),
  data jsonb not null default '{}',
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, case_id, seq),
  foreign key (tenant_id, case_id) references meldcode_cases (tenant_id, id),
  foreign key (tenant_id, recorded_by) references users (tenant_id, id)
);
select enable_tenant_rls('meldcode_step_records', 'select, insert');

-- One reminder per step and period it has been open (a reopened step may be reminded again).
create table meldcode_reminders (
  tenant_id uuid not null references tenants (id),
  case_id uuid not null,
  step smallint not null,
  open_since timestamptz not null,
  sent_at timestamptz not null default now(),
  primary key (tenant_id, case_id, step, open_since),
  foreign key (tenant_id, case_id) references meldcode_cases (tenant_id, id)
);
select enable_tenant_rls('meldcode_reminders', 'select, insert');

insert into jobs (name, interval_seconds) values ('meldcode_overdue_reminders', 3600);
