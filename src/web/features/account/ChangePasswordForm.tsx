import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChangePasswordInput } from '../../../contracts/auth';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { StatusMessage } from '../../ui/StatusMessage';

const ChangePasswordWithConfirmation = ChangePasswordInput.extend({ confirmPassword: z.string() }).refine((v) => v.newPassword === v.confirmPassword, {
  path: ['confirmPassword'],
  message: 'passwordsDiffer',
});

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const controller = useAppForm({
    id: 'change-password',
    schema: ChangePasswordWithConfirmation,
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    fields: {
      currentPassword: { label: t('password.current') },
      newPassword: { label: t('password.new'), hint: t('password.newHint') },
      confirmPassword: { label: t('password.confirm') },
    },
    onSubmit: async ({ currentPassword, newPassword }) => {
      setChanged(false);
      await api.post('/api/v1/me/password-changes', { currentPassword, newPassword });
      controller.form.reset();
      setChanged(true);
    },
  });

  return (
    <section className="wijkwijs-section" aria-labelledby="account-password">
      <Heading2 id="account-password">{t('account.password.title')}</Heading2>
      {changed && <StatusMessage>{t('account.password.changed')}</StatusMessage>}
      <AppForm controller={controller}>
        <TextField name="currentPassword" type="password" autoComplete="current-password" />
        <TextField name="newPassword" type="password" autoComplete="new-password" />
        <TextField name="confirmPassword" type="password" autoComplete="new-password" />
        <div>
          <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('account.password.submit')}
          </Button>
        </div>
      </AppForm>
    </section>
  );
}
