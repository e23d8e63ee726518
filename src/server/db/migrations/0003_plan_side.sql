-- The plan side of the household file: who wrote a goal (for the timeline), goals found by
-- household, and the closure of a case as a record of its own (reason, who, when, which plan).

alter table goals
  add column created_by uuid,
  add constraint goals_created_by_fk foreign key (tenant_id, created_by) references users (tenant_id, id);
create index goals_household on goals (tenant_id, household_id, created_at);

create index plans_household on plans (tenant_id, household_id, created_at);
create index plan_meetings_household on plan_meetings (tenant_id, household_id, met_on);
create index safety_maps_household on safety_maps (tenant_id, household_id, version);

create table case_closures (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  household_id uuid not null,
  plan_id uuid,
  reason text not null check (length(reason) between 3 and 2000),
  closed_by uuid not null,
  closed_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, household_id) references households (tenant_id, id),
  foreign key (tenant_id, plan_id) references plans (tenant_id, id),
  foreign key (tenant_id, closed_by) references users (tenant_id, id)
);
select enable_tenant_rls('case_closures', 'select, insert');
create index case_closures_household on case_closures (tenant_id, household_id, closed_at);
