-- Public activity proposals whose confirmation link expired without being used are deleted daily
-- (job directory_expired_proposals), with their personal data: the proposer's name and e-mail are
-- on the service and in its version rows. directory_versions stays append-only for everything
-- else: the app may delete only versions of an entry whose e-mail was never confirmed.
create policy versions_delete_unconfirmed_proposals on directory_versions as restrictive for delete
  using (exists (select 1 from activity_proposals p
                  where p.tenant_id = directory_versions.tenant_id and p.service_id = directory_versions.entity_id and p.confirmed_at is null));
grant delete on directory_versions to wijkwijs_app;

insert into jobs (name, interval_seconds) values ('directory_expired_proposals', 86400);
