-- The language filter compared lower(code): under row-level security the planner may not use an
-- expression index on lower(code), because lower() is not leakproof and must wait until the
-- tenant policy has been checked. Filtering by language walked every language row of the
-- tenant (PostgreSQL, 100k services: ~90 ms). A stored lower-case copy of the code is a plain
-- column, compared with the leakproof text equality, so the index below is usable under the
-- policy. The code itself stays as imported: an HSDS export still gives back what came in.
alter table languages add column code_key text generated always as (lower(code)) stored;
create index languages_code_key on languages (tenant_id, code_key, service_id);
