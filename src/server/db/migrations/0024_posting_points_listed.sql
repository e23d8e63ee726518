-- Postings with a place carry whether their service is listed publicly (public, active, approved,
-- not hidden: the public audience's condition in search-queries.ts filterSql). A public text search
-- by distance with no other filter proved "more than 250 matches" by probing 251 services for that
-- condition alone (services_filter_probe, ~10 µs each: 2.6 ms of a 100k-service search). With the
-- flag on the index it counts them from the index (decision 0031).
--
-- A stale flag would show a hidden entry, so the database keeps it, not the app: the trigger below
-- follows every change of the four columns, whoever makes it (moderation, the hiding job, a
-- provider's status, an import's upsert); refreshDirectorySearch writes it with each service's points.

create function directory_listed(is_public boolean, status text, moderation_state text, hidden_at timestamptz)
  returns boolean language sql immutable parallel safe as $$
  select coalesce(is_public and status = 'active' and moderation_state = 'approved' and hidden_at is null, false)
$$;

alter table directory_posting_points add column listed boolean not null default false;

-- Backfill per tenant (the tables force row-level security), as in 0020.
do $$
declare
  previous text := current_setting('app.tenant_id', true);
  t uuid;
begin
  for t in select id from tenants loop
    perform set_config('app.tenant_id', t::text, true);
    update directory_posting_points p set listed = directory_listed(s.is_public, s.status, s.moderation_state, s.hidden_at)
      from services s
     where p.tenant_id = t and s.tenant_id = p.tenant_id and s.id = p.service_id;
  end loop;
  perform set_config('app.tenant_id', coalesce(previous, ''), true);
end $$;

-- The word's postings in lexeme order with the place and now the flag, all on the index (index-only rings).
drop index directory_posting_points_near;
create index directory_posting_points_near on directory_posting_points (tenant_id, lexeme, latitude) include (longitude, service_id, location_id, listed);

-- The points follow their service's listing. Runs as the updating role under the same row-level
-- security: whoever could update the service sees its points (same tenant).
create function directory_points_follow_listing() returns trigger language plpgsql as $$
begin
  update directory_posting_points set listed = directory_listed(new.is_public, new.status, new.moderation_state, new.hidden_at)
   where tenant_id = new.tenant_id and service_id = new.id;
  return null;
end $$;
create trigger services_listing after update of is_public, status, moderation_state, hidden_at on services
  for each row when (directory_listed(old.is_public, old.status, old.moderation_state, old.hidden_at)
                     is distinct from directory_listed(new.is_public, new.status, new.moderation_state, new.hidden_at))
  execute function directory_points_follow_listing();
grant update (listed) on directory_posting_points to wijkwijs_app;

analyze directory_posting_points;
