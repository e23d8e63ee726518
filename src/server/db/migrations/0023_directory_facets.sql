-- Directory facets: the filters that have a table of their own (theme, language, open now) as
-- lists of services in name order, one row per (facet, service). A filter-only search sorted by
-- name intersected the filters' sets of service ids (a hash join of whole sets: opvoeden ∩ ar read
-- 30k index rows at 100k services, open now ∩ ontmoeten computed 5.9k open schedules) and sorted
-- or walked the result. With every set in name order the intersection is a merge of index ranges
-- that stops when a page, or CANDIDATES + 1 matches, are found (decision 0027).
--
-- Facets (a service may have any number; the search still checks every filter exactly):
--   theme:<taxonomy term code>     the service's themes (attributes linking the service)
--   language:<code, lower case>    the service's languages
--   open:<weekday>:<hour 00-23>    one of its own or its service-at-locations' weekly schedules is
--                                  open at some moment of that hour (validity dates ignored: a
--                                  superset of the services open at any moment of the hour)
--
-- directory_service_facets computes them from the live tables; refreshDirectorySearch copies a
-- service's rows into directory_facets after every write, as it does its postings.

-- The hours of the week a schedule is open in at some moment, as 'MO:09' (the open rule's
-- weekday columns and times, migration 0018; open-now.ts isOpenAt).
create function directory_open_hours(sc schedules) returns setof text language sql immutable as $$
  select d.day || ':' || lpad(h.hour::text, 2, '0')
    from (values ('MO', sc.open_mo), ('TU', sc.open_tu), ('WE', sc.open_we), ('TH', sc.open_th), ('FR', sc.open_fr), ('SA', sc.open_sa), ('SU', sc.open_su)) d(day, opens)
    cross join generate_series(extract(hour from sc.opens_at)::int, 23) h(hour)
   where d.opens and sc.closes_at > make_time(h.hour, 0, 0)
$$;

create view directory_service_facets with (security_invoker = true) as
  select at.tenant_id, 'theme:' || tt.code as facet, at.link_id as service_id
    from attributes at join taxonomy_terms tt on tt.tenant_id = at.tenant_id and tt.id = at.taxonomy_term_id
   where tt.code is not null
  union
  select lg.tenant_id, 'language:' || lg.code_key, lg.service_id from languages lg where lg.service_id is not null
  union
  -- Own schedules and service-at-locations' schedules apart: each keyed by its service id, so a
  -- refresh of a few services probes their indexes (schedules_service, the service_at_locations key).
  select sc.tenant_id, 'open:' || h.slot, sc.service_id
    from schedules sc cross join lateral directory_open_hours(sc) h(slot) where sc.service_id is not null
  union
  select sc.tenant_id, 'open:' || h.slot, x.service_id
    from service_at_locations x join schedules sc on sc.tenant_id = x.tenant_id and sc.service_at_location_id = x.id
    cross join lateral directory_open_hours(sc) h(slot);
grant select on directory_service_facets to wijkwijs_app;

create table directory_facets (
  tenant_id uuid not null,
  facet text collate "C" not null,
  -- services.name_key, in its collation: the facets' order is the services_name_walk order.
  name_key text not null,
  service_id uuid not null
);
select enable_tenant_rls('directory_facets', 'select, insert, delete');

-- Backfill per tenant (the tables force row-level security, so the owner sees one tenant at a
-- time), before the keys, as in 0015 and 0020.
do $$
declare
  previous text := current_setting('app.tenant_id', true);
  t uuid;
begin
  for t in select id from tenants loop
    perform set_config('app.tenant_id', t::text, true);
    insert into directory_facets (tenant_id, facet, name_key, service_id)
    select f.tenant_id, f.facet, s.name_key, f.service_id
      from directory_service_facets f join services s on s.tenant_id = f.tenant_id and s.id = f.service_id
     where f.tenant_id = t;
  end loop;
  perform set_config('app.tenant_id', coalesce(previous, ''), true);
end $$;

-- Per facet: its services in name order (the merge); per service: to replace a service's rows.
alter table directory_facets add primary key (tenant_id, facet, name_key, service_id);
create index directory_facets_service on directory_facets (tenant_id, service_id);
alter table directory_facets add foreign key (tenant_id, service_id) references services (tenant_id, id) on delete cascade;
analyze directory_facets;
