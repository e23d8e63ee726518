-- An outreach log entry can become a signal: the entry keeps the signal it turned into, so its
-- author sees the signal's reference and status next to the visit. One signal per entry.
alter table outreach_logs
  add column signal_id uuid,
  add constraint outreach_logs_signal_fk foreign key (tenant_id, signal_id) references signals (tenant_id, id);
create unique index outreach_logs_signal on outreach_logs (tenant_id, signal_id) where signal_id is not null;
