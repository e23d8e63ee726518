-- Audit chain lanes: a tenant's audit log is 16 hash chains instead of one (decision record 0016).
--
-- Every audited request (every read of a person's data) took the tenant's one advisory lock in the
-- chain trigger and held it until commit, so a tenant's audited requests ran one at a time: under
-- load half the backends waited on that lock. Now each event goes to one of 16 lanes, each with its
-- own lock and its own chain; a transaction takes the first free lane from a start that depends on
-- its backend, and keeps that lane for all its events, so they stay in order in one chain.
--
-- Rows written before this migration are lane 0 and their hashes do not change: the hash covers the
-- lane only when it is not 0 (as "seq@lane" in the place of the seq, which is digits alone), so
-- those rows verify as they did and a row moved to another lane no longer does.

alter table audit_events add column lane smallint not null default 0 check (lane between 0 and 15);

-- The previous event of a lane, found by one backward index descent.
create index audit_events_lane on audit_events (tenant_id, lane, seq);

-- One sequence for all tenants and lanes: numbers only increase, so paging by seq keeps working,
-- but a rolled-back event leaves a gap. It starts past every existing event, so a lane-0 event
-- written now comes after the old lane-0 chain. No cache: numbers cached per backend would let a
-- later event of a lane get a lower number than the one before it.
create sequence audit_events_seq as bigint cache 1 owned by audit_events.seq;
select setval('audit_events_seq', (select coalesce(max(seq), 0) + 1 from audit_events), false);
grant usage on sequence audit_events_seq to wijkwijs_app;

create or replace function audit_event_hash(prev bytea, e audit_events) returns bytea
  language sql immutable as $$
  select sha256(convert_to(concat_ws('|',
    coalesce(encode(prev, 'hex'), ''), e.tenant_id::text,
    case when e.lane = 0 then e.seq::text else e.seq::text || '@' || e.lane::text end, e.id::text,
    to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.event_type, e.action, e.outcome, coalesce(e.person_id::text, ''), coalesce(e.user_id::text, ''),
    coalesce(e.on_behalf_role, ''), coalesce(e.on_behalf_team_id::text, ''), coalesce(e.ip, ''),
    coalesce(e.user_agent, ''), coalesce(e.reason, ''), coalesce(e.object_type, ''),
    coalesce(e.object_id::text, ''), e.details::text), 'UTF8'))
$$;

-- The planner settings of 0009 stay: the lookup of a lane's last event must be the backward scan
-- of audit_events_lane whatever plan the connection cached while the table was small.
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
  select hash into last_row from audit_events where tenant_id = new.tenant_id and lane = new.lane order by seq desc limit 1;
  -- Numbered under the lane's lock, so within a lane seq follows the chain.
  new.seq := nextval('audit_events_seq');
  new.prev_hash := last_row.hash;
  new.occurred_at := date_trunc('microseconds', clock_timestamp());
  new.hash := audit_event_hash(new.prev_hash, new);
  return new;
end $$;
