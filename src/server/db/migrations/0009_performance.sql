-- Performance: an audit insert costs the same at 10 or 10 million events (decision record 0009).
--
-- The chain trigger finds the previous event with `order by seq desc limit 1` on audit_events.
-- PL/pgSQL caches that plan per connection; planned while the table was small (a fresh database,
-- PGlite, which has no autovacuum, or a long-lived pool connection) it became a sequential scan
-- plus sort, kept while the log grew: every audit insert read the whole log, under the tenant's
-- lock (0.6 ms per event at 10k events in `npm run generate`, linear in the log's size). The
-- function now plans without sequential scans, bitmap scans or sorts, which leaves the backward
-- scan of the primary key (tenant_id, seq): one index descent whatever the statistics say.
-- Body, lock, hash and verification are unchanged.
create or replace function audit_events_chain() returns trigger
  language plpgsql
  set enable_seqscan = off
  set enable_bitmapscan = off
  set enable_sort = off
  as $$
declare
  last_row record;
begin
  -- One writer per tenant at a time, until commit, so the chain has no forks.
  perform pg_advisory_xact_lock(hashtext('wijkwijs.audit.' || new.tenant_id::text));
  select seq, hash into last_row from audit_events where tenant_id = new.tenant_id order by seq desc limit 1;
  new.seq := coalesce(last_row.seq, 0) + 1;
  new.prev_hash := last_row.hash;
  new.occurred_at := date_trunc('microseconds', clock_timestamp());
  new.hash := audit_event_hash(new.prev_hash, new);
  return new;
end $$;
