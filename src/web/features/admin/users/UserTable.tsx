import { Button, ButtonGroup, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../ui/TableScroll';
import { api } from '../../../app/api';
import { problemMessage } from '../../../ui/form';
import { adminKeys, type Team, type User } from '../queries';

export function UserTable({ users, teams, onEdit, onMessage }: { users: User[]; teams: Team[]; onEdit: (user: User) => void; onMessage: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const setStatus = useMutation({
    mutationFn: ({ user, status }: { user: User; status: 'active' | 'deactivated' }) => api.patch<User>(`/api/v1/users/${user.id}`, { status }),
    onSuccess: (user) => {
      onMessage(t(user.status === 'deactivated' ? 'users.deactivated' : 'users.reactivated', { name: user.displayName }));
      return queryClient.invalidateQueries({ queryKey: adminKeys.users });
    },
    onError: (error) => onMessage(problemMessage(error, t)),
  });

  if (users.length === 0) return <Paragraph>{t('users.none')}</Paragraph>;
  return (
    <TableScroll label={t('users.caption')}>
      <Table>
        <TableCaption>{t('users.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('users.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.email')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.roles')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.teams')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.totp')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableHeaderCell scope="row">{user.displayName}</TableHeaderCell>
              <TableCell>{user.email}</TableCell>
              <TableCell>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</TableCell>
              <TableCell>{user.teamIds.map((id) => teamName.get(id) ?? id).join(', ') || t('common.none')}</TableCell>
              <TableCell>{t(`userStatus.${user.status}`)}</TableCell>
              <TableCell>{user.totpEnabled ? t('common.yes') : t('common.no')}</TableCell>
              <TableCell>
                <ButtonGroup>
                  <Button appearance="secondary-action-button" onClick={() => onEdit(user)}>
                    {t('common.edit')}
                    <span className="wijkwijs-visually-hidden"> {user.displayName}</span>
                  </Button>
                  {user.status === 'deactivated' ? (
                    <Button appearance="secondary-action-button" onClick={() => setStatus.mutate({ user, status: 'active' })}>
                      {t('users.reactivate')}
                      <span className="wijkwijs-visually-hidden"> {user.displayName}</span>
                    </Button>
                  ) : (
                    <Button appearance="secondary-action-button" hint="danger" onClick={() => setStatus.mutate({ user, status: 'deactivated' })}>
                      {t('users.deactivate')}
                      <span className="wijkwijs-visually-hidden"> {user.displayName}</span>
                    </Button>
                  )}
                </ButtonGroup>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
