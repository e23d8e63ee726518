-- HSDS imports of the directory: one row per preview or apply, with its progress and outcome.
-- The import runs in the background (features/hsds/run-import.ts); the admin screen polls this row.
-- result: counts per HSDS object (created, updated, unchanged), a sample of changes, and every
-- problem found (file, row or JSON pointer, field, message). An apply writes everything or nothing.
create table directory_imports (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  mode text not null check (mode in ('preview', 'apply')),
  status text not null default 'running' check (status in ('running', 'checked', 'rejected', 'applied', 'failed')),
  file_names text[] not null,
  progress_done integer not null default 0 check (progress_done >= 0),
  progress_total integer not null default 0 check (progress_total >= 0),
  result jsonb not null default '{}'::jsonb,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id)
);
select enable_tenant_rls('directory_imports');
create index directory_imports_created on directory_imports (tenant_id, created_at desc);
