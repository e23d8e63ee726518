-- A filter-only directory search sorted by name walks services in name order until a page is
-- full (0012, 0019) and checks each service it passes against the filters. The walk read the
-- service row for every step: PostgreSQL, 100k generated services, kind=informal&age=30 read
-- 8.5k buffers, theme=sport-en-spel&age=9&cost=free,low 6.9k. The indexes below carry the columns
-- the filters on services read (kind, ages, cost, places, and what the public may see), so a step
-- that fails them is decided on the index alone (an index-only scan), and only services that pass
-- are looked up.
--
-- The sort key becomes a stored column: under row-level security a comparison with lower(name)
-- is not leakproof and cannot be an index condition, so page two's `(lower(name), id) > cursor`
-- re-read page one. `name_key` holds the same value and compares with the leakproof text
-- operators (as languages.code_key, 0017). Decision 0026.
alter table services add column name_key text generated always as (lower(name)) stored;
create index services_name_walk on services (tenant_id, name_key, id)
  include (kind, minimum_age, maximum_age, cost, places_available, is_public, status, moderation_state, hidden_at);
create index services_kind_name_walk on services (tenant_id, kind, name_key, id)
  include (minimum_age, maximum_age, cost, places_available, is_public, status, moderation_state, hidden_at);
-- Only the search sorted by the old expression; the new indexes replace them.
drop index services_name_order;
drop index services_kind_name_order;
analyze services;
