-- Performance: the audit chain's head per tenant in a row of its own (decision record 0009).
--
-- Until now the insert trigger found the previous event with `order by seq desc limit 1` on
-- audit_events. PL/pgSQL caches that plan per connection; planned while the table was small (a
-- fresh database, PGlite without autovacuum) it became a sequential scan plus sort, so every audit
-- insert read the whole log: 0.6 ms per event at 10k events, 10 ms at 100k, and each reader held the
-- tenant's lock for that long. The head row is found by primary key whatever the statistics say;
-- its row lock (until commit) replaces the advisory lock as "one writer per tenant". Rows, hashes
-- and verification are unchanged.
create table audit_chain_heads (
  tenant_id uuid not null references tenants (id),
  -- seq and hash of the tenant's newest event; 0 and null before the first.
  seq bigint not null,
  hash bytea,
  primary key (tenant_id)
);
insert into audit_chain_heads (tenant_id, seq, hash)
select distinct on (tenant_id) tenant_id, seq, hash from audit_events order by tenant_id, seq desc;
select enable_tenant_rls('audit_chain_heads', 'select, insert, update');

create or replace function audit_events_chain() returns trigger
  language plpgsql as $$
declare
  head record;
begin
  -- Takes the next number and the previous hash in one statement; the head row stays locked until
  -- commit, so there is one writer per tenant at a time and the chain has no forks.
  insert into audit_chain_heads as h (tenant_id, seq, hash) values (new.tenant_id, 1, null)
    on conflict (tenant_id) do update set seq = h.seq + 1
    returning seq, hash into head;
  new.seq := head.seq;
  new.prev_hash := head.hash;
  new.occurred_at := date_trunc('microseconds', clock_timestamp());
  new.hash := audit_event_hash(new.prev_hash, new);
  update audit_chain_heads set hash = new.hash where tenant_id = new.tenant_id;
  return new;
end $$;
