-- Several app instances may share one database (decision 0019): each running import names the
-- instance that runs it and that instance touches heartbeat_at every 30 seconds. Only imports
-- whose heartbeat stopped (their instance stopped or crashed) are failed: at each start and by the
-- job directory_stale_imports every minute. Before this, a starting instance failed every running
-- import, the other instances' too.
alter table directory_imports add column owner text, add column heartbeat_at timestamptz not null default now();
create index directory_imports_running on directory_imports (tenant_id, heartbeat_at) where status = 'running';

insert into jobs (name, interval_seconds) values ('directory_stale_imports', 60);
