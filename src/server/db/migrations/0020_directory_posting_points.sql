-- Directory search postings with a place: one row per (service, lexeme of its search_document,
-- location of the service with coordinates), kept by the app with directory_postings
-- (refreshDirectorySearch). A text search sorted by distance read the locations around the point
-- and probed each one's service for the word: in a dense city (100k services, one per location)
-- a word found in 3 % of the services cost ~30 location probes (service_at_locations, postings)
-- per hit, ~5k buffers per ring. Here the word's postings come with their coordinates: a ring
-- is a range of the word's postings filtered by latitude and longitude on the index alone, and
-- only the services in it are probed (decision 0026).
create table directory_posting_points (
  tenant_id uuid not null,
  lexeme text collate "C" not null,
  service_id uuid not null,
  location_id uuid not null,
  latitude double precision not null,
  longitude double precision not null
);
select enable_tenant_rls('directory_posting_points', 'select, insert, delete');

-- Backfill per tenant (the tables force row-level security, so the owner sees one tenant at a
-- time), before the keys, as in 0015.
do $$
declare
  previous text := current_setting('app.tenant_id', true);
  t uuid;
begin
  for t in select id from tenants loop
    perform set_config('app.tenant_id', t::text, true);
    insert into directory_posting_points (tenant_id, lexeme, service_id, location_id, latitude, longitude)
    select d.tenant_id, d.lexeme, d.service_id, l.id, l.latitude, l.longitude
      from directory_postings d
      join service_at_locations x on x.tenant_id = d.tenant_id and x.service_id = d.service_id
      join locations l on l.tenant_id = x.tenant_id and l.id = x.location_id
     where d.tenant_id = t and l.latitude is not null;
  end loop;
  perform set_config('app.tenant_id', coalesce(previous, ''), true);
end $$;

-- Per service: to replace a service's points.
alter table directory_posting_points add primary key (tenant_id, service_id, location_id, lexeme);
-- Per word: its postings in lexeme order, each with the place on the index (index-only rings).
create index directory_posting_points_near on directory_posting_points (tenant_id, lexeme, latitude) include (longitude, service_id, location_id);
alter table directory_posting_points add foreign key (tenant_id, service_id) references services (tenant_id, id) on delete cascade;
alter table directory_posting_points add foreign key (tenant_id, location_id) references locations (tenant_id, id) on delete cascade;
analyze directory_posting_points;
