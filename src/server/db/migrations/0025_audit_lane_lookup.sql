-- The chain trigger's lookup of a lane's last event, written so that only the lane's index can
-- answer it (decision record 0032).
--
-- 0014 looked it up as `where tenant_id = $1 and lane = $2 order by seq desc limit 1`. Two indexes
-- give that order: audit_events_lane (tenant_id, lane, seq) and the primary key (tenant_id, seq),
-- whose backward scan reads the tenant's newest events and skips those of other lanes. PL/pgSQL
-- plans the statement for the values of its first five runs in a connection and then keeps a
-- generic plan when that looks no dearer; on a large log the generic plan is the primary key's
-- (it expects a lane's events to be evenly spread among the newest), and when the lane's last
-- event is old, it reads every event written since: 1,027,816 index entries and 300 ms for one
-- audit event at 1M households, where the lane index needs 3 buffers. The lanes a connection
-- starts from depend on its backend's pid, so after a restart, or with lanes used unevenly, that
-- is the first event of a transaction in any quiet lane.
--
-- With `lane between x and x` the lane is no longer a constant to the planner, so `order by lane
-- desc, seq desc` is an order only audit_events_lane gives (the primary key would need a sort,
-- which the function also switches off). Same rows, same result; the settings of 0009 stay.

create or replace function audit_events_chain() returns trigger
  language plpgsql
  set enable_seqscan = off
  set enable_bitmapscan = off
  set enable_sort = off
  as $$
declare
  chain_key constant integer := hashtext('wijkwijs.audit.' || new.tenant_id::text);
  -- The lane this transaction already writes this tenant's events to; custom setting names allow
  -- letters, digits and underscores only, hence the uuid without dashes.
  lane_setting constant text := 'wijkwijs.audit_lane_' || replace(new.tenant_id::text, '-', '');
  held text := current_setting(lane_setting, true);
  start_lane constant smallint := pg_backend_pid() % 16;
  last_row record;
begin
  new.lane := null;
  if coalesce(held, '') <> '' then
    -- Taken for an earlier event of this transaction (locking it again is free): its events stay
    -- in one chain, in order.
    new.lane := held::smallint;
    perform pg_advisory_xact_lock(chain_key, new.lane);
  else
    for i in 0..15 loop
      if pg_try_advisory_xact_lock(chain_key, (start_lane + i) % 16) then
        new.lane := (start_lane + i) % 16;
        exit;
      end if;
    end loop;
    -- All 16 lanes busy: queue on one, as every writer did before lanes.
    if new.lane is null then
      new.lane := start_lane;
      perform pg_advisory_xact_lock(chain_key, new.lane);
    end if;
    perform set_config(lane_setting, new.lane::text, true);
  end if;
  -- `between`, not `=`: see the top of migration 0025.
  select hash into last_row from audit_events
   where tenant_id = new.tenant_id and lane between new.lane and new.lane
   order by lane desc, seq desc limit 1;
  -- Numbered under the lane's lock, so within a lane seq follows the chain.
  new.seq := nextval('audit_events_seq');
  new.prev_hash := last_row.hash;
  new.occurred_at := date_trunc('microseconds', clock_timestamp());
  new.hash := audit_event_hash(new.prev_hash, new);
  return new;
end $$;
