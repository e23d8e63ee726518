-- A filter-only directory search with more matches than it counts walks services by name
-- (services_name_order) until a page is full. With a kind filter whose services are rare in
-- name order the walk read most of the table: PostgreSQL, 100k generated services,
-- kind=informal&age=30 read 77k buffers (48 ms at load 2), because the informal entries' names
-- sort after most formal ones. With the kind in the index, after the tenant, the walk reads only
-- services of that kind, still in name order (kind = '...' is a leakproof text comparison, so it
-- is an index condition under row-level security). Decision 0025.
create index services_kind_name_order on services (tenant_id, kind, lower(name), id);
analyze services;
