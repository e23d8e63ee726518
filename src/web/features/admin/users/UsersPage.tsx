import { Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useCursorPages } from '../../../ui/useCursorPages';
import { useTeams, useUsers, type User } from '../queries';
import { useEditTarget } from '../../../ui/useEditTarget';
import { EditUserForm, InviteUserForm } from './UserForms';
import { UserSearchForm, type UserSearch } from './UserSearchForm';
import { UserTable } from './UserTable';

export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState<UserSearch>({ q: '', status: '' });
  const [message, setMessage] = useState<string | null>(null);
  const pages = useCursorPages();
  const users = useUsers({ q: search.q, status: search.status, cursor: pages.cursor });
  const teams = useTeams().data?.items ?? [];
  const edit = useEditTarget<User>();

  return (
    <>
      <PageHeading>{t('users.title')}</PageHeading>
      {message && <StatusMessage>{message}</StatusMessage>}
      <section aria-labelledby="users-search">
        <Heading2 id="users-search">{t('users.searchTitle')}</Heading2>
        <UserSearchForm
          onSearch={(next) => {
            setSearch(next);
            pages.reset();
          }}
        />
      </section>
      <section className="wijkwijs-section" aria-labelledby="users-list">
        <Heading2 id="users-list">{t('users.listTitle')}</Heading2>
        <QueryStatus isPending={users.isPending} error={users.error} />
        {users.data && <UserTable users={users.data.items} teams={teams} onEdit={edit.open} onMessage={setMessage} />}
        <Pager pages={pages} nextCursor={users.data?.nextCursor} label={t('users.pager')} />
      </section>
      {edit.target && (
        <section className="wijkwijs-section" aria-labelledby="users-edit">
          <Heading2 id="users-edit" ref={edit.headingRef} tabIndex={-1}>
            {t('users.editTitle', { name: edit.target.displayName })}
          </Heading2>
          <EditUserForm
            key={edit.target.id}
            user={edit.target}
            teams={teams}
            onDone={(text) => {
              if (text) setMessage(text);
              edit.close();
            }}
          />
        </section>
      )}
      <section className="wijkwijs-section" aria-labelledby="users-invite">
        <Heading2 id="users-invite">{t('users.inviteTitle')}</Heading2>
        <InviteUserForm teams={teams} onInvited={setMessage} />
      </section>
    </>
  );
}
