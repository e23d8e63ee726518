-- "Open now" (directory search) read every schedule of the tenant: the weekday rule splits byday
-- with string_to_array(upper(...)), and under row-level security such non-leakproof functions
-- wait until the tenant policy has been checked, so they can neither use an index nor be
-- skipped (PostgreSQL, 100k services: a sequential scan of 150k schedules, 58 ms at load 2).
-- A stored boolean per weekday is computed by PostgreSQL on every insert and update (the service
-- editor and the HSDS import need not know about it), and a plain boolean column is no function
-- call, so the partial index of that weekday is usable under the policy; the search names the
-- weekday's column from the Amsterdam clock (decision 0025). The expression is the one the search
-- used before (search-queries.ts OPEN_RULE_SQL, held to isOpenAt in open-now.ts by a property
-- test): a WEEKLY rule with opening and closing times whose BYDAY list names the day.
alter table schedules
  add column open_mo boolean not null generated always as (coalesce(freq = 'WEEKLY' and opens_at is not null and closes_at is not null and 'MO' = any(string_to_array(replace(upper(coalesce(byday, '')), ' ', ''), ',')), false)) stored,
  add column open_tu boolean not null generated always as (coalesce(freq = 'WEEKLY' and opens_at is not null and closes_at is not null and 'TU' = any(string_to_array(replace(upper(coalesce(byday, '')), ' ', ''), ',')), false)) stored,
  add column open_we boolean not null generated always as (coalesce(freq = 'WEEKLY' and opens_at is not null and closes_at is not null and 'WE' = any(string_to_array(replace(upper(coalesce(byday, '')), ' ', ''), ',')), false)) stored,
  add column open_th boolean not null generated always as (coalesce(freq = 'WEEKLY' and opens_at is not null and closes_at is not null and 'TH' = any(string_to_array(replace(upper(coalesce(byday, '')), ' ', ''), ',')), false)) stored,
  add column open_fr boolean not null generated always as (coalesce(freq = 'WEEKLY' and opens_at is not null and closes_at is not null and 'FR' = any(string_to_array(replace(upper(coalesce(byday, '')), ' ', ''), ',')), false)) stored,
  add column open_sa boolean not null generated always as (coalesce(freq = 'WEEKLY' and opens_at is not null and closes_at is not null and 'SA' = any(string_to_array(replace(upper(coalesce(byday, '')), ' ', ''), ',')), false)) stored,
  add column open_su boolean not null generated always as (coalesce(freq = 'WEEKLY' and opens_at is not null and closes_at is not null and 'SU' = any(string_to_array(replace(upper(coalesce(byday, '')), ' ', ''), ',')), false)) stored;

-- Closing time first: "open at t" is closes_at > t and opens_at <= t, both checked in the index,
-- so only the schedules open at t are read from the table. The other columns the search reads are
-- included: where the visibility map is set (after a vacuum), the read needs no table at all.
create index schedules_open_mo on schedules (tenant_id, closes_at, opens_at) include (valid_from, valid_to, service_id, service_at_location_id) where open_mo;
create index schedules_open_tu on schedules (tenant_id, closes_at, opens_at) include (valid_from, valid_to, service_id, service_at_location_id) where open_tu;
create index schedules_open_we on schedules (tenant_id, closes_at, opens_at) include (valid_from, valid_to, service_id, service_at_location_id) where open_we;
create index schedules_open_th on schedules (tenant_id, closes_at, opens_at) include (valid_from, valid_to, service_id, service_at_location_id) where open_th;
create index schedules_open_fr on schedules (tenant_id, closes_at, opens_at) include (valid_from, valid_to, service_id, service_at_location_id) where open_fr;
create index schedules_open_sa on schedules (tenant_id, closes_at, opens_at) include (valid_from, valid_to, service_id, service_at_location_id) where open_sa;
create index schedules_open_su on schedules (tenant_id, closes_at, opens_at) include (valid_from, valid_to, service_id, service_at_location_id) where open_su;
-- PGlite runs no autovacuum: statistics for the new columns now.
analyze schedules;
