import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestPasswordResetInput } from '../../../contracts/auth';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const controller = useAppForm({
    id: 'forgot-password',
    schema: RequestPasswordResetInput,
    defaultValues: { email: '' },
    fields: { email: { label: t('forgotPassword.email'), hint: t('forgotPassword.emailHint') } },
    onSubmit: async (values) => {
      await api.post('/api/v1/password-reset-requests', values);
      setSent(true);
    },
  });

  return (
    <>
      <PageHeading>{t('forgotPassword.title')}</PageHeading>
      {sent ? (
        <StatusMessage>{t('forgotPassword.sent')}</StatusMessage>
      ) : (
        <>
          <Paragraph>{t('forgotPassword.intro')}</Paragraph>
          <AppForm controller={controller}>
            <TextField name="email" type="email" autoComplete="email" spellCheck={false} />
            <div>
              <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
                {t('forgotPassword.submit')}
              </Button>
            </div>
          </AppForm>
        </>
      )}
      <Paragraph>
        <RouterLink to="/inloggen">{t('common.toSignIn')}</RouterLink>
      </Paragraph>
    </>
  );
}
