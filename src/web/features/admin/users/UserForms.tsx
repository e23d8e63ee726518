import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { InviteUserInput, UpdateUserInput } from '../../../../contracts/admin';
import { Role } from '../../../../contracts/common';
import { api } from '../../../app/api';
import { AppForm, CheckboxGroup, TextField, useAppForm } from '../../../ui/form';
import { adminKeys, type Team, type User } from '../queries';

function useRoleOptions() {
  const { t } = useTranslation();
  return Role.options.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

function useUserFieldTexts() {
  const { t } = useTranslation();
  return {
    email: { label: t('users.email'), hint: t('users.emailHint') },
    displayName: { label: t('users.name') },
    roles: { label: t('users.roles'), hint: t('users.rolesHint') },
    teamIds: { label: t('users.teams') },
  };
}

/** Invite a new user: the server mails them a link to set their password. */
export function InviteUserForm({ teams, onInvited }: { teams: Team[]; onInvited: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = useUserFieldTexts();
  const controller = useAppForm({
    id: 'invite-user',
    schema: InviteUserInput,
    defaultValues: { email: '', displayName: '', roles: [], teamIds: [] },
    fields,
    onSubmit: async (values) => {
      const user = await api.post<User>('/api/v1/users', values);
      controller.form.reset();
      onInvited(t('users.invited', { name: user.displayName, email: user.email }));
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
    },
  });
  return (
    <AppForm controller={controller}>
      <TextField name="email" type="email" autoComplete="off" spellCheck={false} />
      <TextField name="displayName" autoComplete="off" />
      <CheckboxGroup name="roles" options={useRoleOptions()} />
      <CheckboxGroup name="teamIds" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('users.invite')}
        </Button>
      </div>
    </AppForm>
  );
}

/** Change a user's name, roles and teams. */
export function EditUserForm({ user, teams, onDone }: { user: User; teams: Team[]; onDone: (text: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { displayName, roles, teamIds } = useUserFieldTexts();
  const controller = useAppForm({
    id: 'edit-user',
    schema: UpdateUserInput.pick({ displayName: true, roles: true, teamIds: true }).required(),
    defaultValues: { displayName: user.displayName, roles: user.roles, teamIds: user.teamIds },
    fields: { displayName, roles, teamIds },
    onSubmit: async (values) => {
      const updated = await api.patch<User>(`/api/v1/users/${user.id}`, values);
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      onDone(t('users.saved', { name: updated.displayName }));
    },
  });
  return (
    <AppForm controller={controller}>
      <TextField name="displayName" autoComplete="off" />
      <CheckboxGroup name="roles" options={useRoleOptions()} />
      <CheckboxGroup name="teamIds" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </AppForm>
  );
}
