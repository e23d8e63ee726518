import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import { newPasswordWithConfirmation } from '../../ui/form/password-schema';

/** Set a password from the link in an invitation or a reset mail. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token') ?? '';
  const controller = useAppForm({
    id: 'set-password',
    schema: newPasswordWithConfirmation,
    defaultValues: { newPassword: '', confirmPassword: '' },
    fields: {
      newPassword: { label: t('password.new'), hint: t('password.newHint') },
      confirmPassword: { label: t('password.confirm') },
    },
    problemMessages: { not_found: t('setPassword.linkInvalid'), validation_failed: t('setPassword.linkInvalid') },
    onSubmit: async ({ newPassword }) => {
      await api.post('/api/v1/password-resets', { token, newPassword });
      await navigate('/inloggen', { state: { passwordSet: true } });
    },
  });

  return (
    <>
      <PageHeading>{t('setPassword.title')}</PageHeading>
      {token.length < 20 ? (
        <Alert type="error">
          <Paragraph>{t('setPassword.linkInvalid')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('setPassword.intro')}</Paragraph>
          <AppForm controller={controller}>
            <TextField name="newPassword" type="password" autoComplete="new-password" />
            <TextField name="confirmPassword" type="password" autoComplete="new-password" />
            <div>
              <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
                {t('setPassword.submit')}
              </Button>
            </div>
          </AppForm>
        </>
      )}
      <Paragraph>
        <RouterLink to="/wachtwoord-vergeten">{t('setPassword.requestNew')}</RouterLink>
      </Paragraph>
    </>
  );
}
