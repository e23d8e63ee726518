-- Every change that can end a session or change what a signed-in user may do is announced on the
-- channel wijkwijs_auth, so that servers which remember sessions in memory (decision record 0034)
-- forget them. NOTIFY is transactional: the announcement leaves at commit, and not at all when the
-- transaction rolls back. A connection that itself listens gets its own transaction's announcements
-- with the answer to its commit, so the server that made the change has forgotten before it answers.
--
-- Payloads: 's:<session id>' (revoked, touched, deleted, TOTP set-up state), 'u:<user id>' (status,
-- roles, profile, team membership), 't:<tenant id>' (a tenant's settings or a team's name: what
-- GET /me shows of them). Changes made with SQL outside the app announce themselves the same way.
create function notify_auth_change() returns trigger language plpgsql as $$
declare
  row_ record;
begin
  if tg_op = 'DELETE' then row_ := old; else row_ := new; end if;
  -- One branch per table: a branch names only the columns its table has.
  if tg_table_name = 'sessions' then
    perform pg_notify('wijkwijs_auth', 's:' || row_.id);
  elsif tg_table_name = 'users' then
    perform pg_notify('wijkwijs_auth', 'u:' || row_.id);
  elsif tg_table_name = 'team_members' then
    perform pg_notify('wijkwijs_auth', 'u:' || row_.user_id);
    if tg_op = 'UPDATE' and old.user_id <> new.user_id then
      perform pg_notify('wijkwijs_auth', 'u:' || old.user_id);
    end if;
  elsif tg_table_name = 'teams' then
    perform pg_notify('wijkwijs_auth', 't:' || row_.tenant_id);
  else
    perform pg_notify('wijkwijs_auth', 't:' || row_.id);
  end if;
  return null;
end $$;

create trigger sessions_auth_change after update or delete on sessions
  for each row execute function notify_auth_change();
create trigger users_auth_change after update or delete on users
  for each row execute function notify_auth_change();
create trigger team_members_auth_change after insert or update or delete on team_members
  for each row execute function notify_auth_change();
create trigger teams_auth_change after update or delete on teams
  for each row execute function notify_auth_change();
create trigger tenants_auth_change after update or delete on tenants
  for each row execute function notify_auth_change();
