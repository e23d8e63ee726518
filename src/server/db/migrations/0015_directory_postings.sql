-- Directory search postings: one row per (service, lexeme of its search_document), kept by the
-- app in the same statement that rebuilds the document (refreshDirectorySearch). Text search finds
-- its candidates here instead of reading services: under row-level security the GIN index on
-- search_document is never used (`@@` is not leakproof, decision 0012), while text comparisons
-- are, so a query word's prefix becomes a btree range scan (decision 0018). Collation "C": the
-- range `lexeme >= 'huiswerk' and lexeme < 'huiswerl'` is then exactly the words starting with
-- huiswerk, and a plain index range.
create table directory_postings (
  tenant_id uuid not null,
  lexeme text collate "C" not null,
  service_id uuid not null
);
select enable_tenant_rls('directory_postings', 'select, insert, delete');

-- Backfill per tenant (the tables force row-level security, so the owner sees one tenant at a
-- time), before the keys: indexes built from sorted rows are smaller, and one check of the
-- foreign key costs less than one per row (100k services: 1.7M rows).
do $$
declare
  previous text := current_setting('app.tenant_id', true);
  t uuid;
begin
  for t in select id from tenants loop
    perform set_config('app.tenant_id', t::text, true);
    insert into directory_postings (tenant_id, lexeme, service_id)
    select s.tenant_id, d.lexeme, s.id from services s, unnest(s.search_document) d where s.tenant_id = t;
  end loop;
  perform set_config('app.tenant_id', coalesce(previous, ''), true);
end $$;

alter table directory_postings add primary key (tenant_id, lexeme, service_id);
-- Per service: to replace a service's postings, and to test "has a word in this range" for one service.
create index directory_postings_service on directory_postings (tenant_id, service_id, lexeme);
alter table directory_postings add foreign key (tenant_id, service_id) references services (tenant_id, id) on delete cascade;
-- Statistics now: PGlite runs no autovacuum, and the search plans depend on them.
analyze directory_postings;
