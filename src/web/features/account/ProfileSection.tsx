import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2 } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMeInput, type Me } from '../../../contracts/auth';
import { api } from '../../app/api';
import { meQueryKey } from '../../app/session';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { StatusMessage } from '../../ui/StatusMessage';

/** Who you are in Wijkwijs, and the name others see. */
export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (displayName: string) => api.patch<Me>('/api/v1/me', { displayName }),
    onSuccess: (updated) => queryClient.setQueryData(meQueryKey, updated),
  });
  const controller = useAppForm({
    id: 'profile',
    schema: UpdateMeInput.pick({ displayName: true }).required(),
    defaultValues: { displayName: me.displayName },
    fields: { displayName: { label: t('account.profile.displayName'), hint: t('account.profile.displayNameHint') } },
    onSubmit: async ({ displayName }) => {
      setSaved(false);
      await save.mutateAsync(displayName);
      setSaved(true);
    },
  });

  return (
    <section className="wijkwijs-section" aria-labelledby="account-profile">
      <Heading2 id="account-profile">{t('account.profile.title')}</Heading2>
      <DataList>
        <DataListItem>
          <DataListKey>{t('account.profile.email')}</DataListKey>
          <DataListValue>{me.email}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.profile.roles')}</DataListKey>
          <DataListValue>{me.roles.map((role) => t(`roles.${role}`)).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.profile.teams')}</DataListKey>
          <DataListValue>{me.teams.map((team) => team.name).join(', ') || t('common.none')}</DataListValue>
        </DataListItem>
      </DataList>
      {saved && <StatusMessage>{t('account.profile.saved')}</StatusMessage>}
      <AppForm controller={controller}>
        <TextField name="displayName" autoComplete="name" />
        <div>
          <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('account.profile.save')}
          </Button>
        </div>
      </AppForm>
    </section>
  );
}
