import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../../../contracts/auth';
import { api, isProblem, ProblemError } from '../../app/api';
import { currentLocale } from '../../app/i18n';
import { TOTP_SETUP_PATH } from '../../app/navigation';
import { meQueryKey } from '../../app/session';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { DemoAccounts } from './DemoAccounts';
import { signInCheck } from './sign-in-check';

type SignInState = { from?: string; signedOut?: boolean; passwordSet?: boolean } | null;

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = useLocation().state as SignInState;
  const queryClient = useQueryClient();
  const [needsCode, setNeedsCode] = useState(false);
  const needsCodeRef = useRef(false);
  const [check] = useState(() => signInCheck(() => needsCodeRef.current));

  const controller = useAppForm({
    id: 'sign-in',
    check,
    defaultValues: { email: '', password: '' },
    fields: {
      email: { label: t('signIn.email') },
      password: { label: t('signIn.password') },
      totp: { label: t('signIn.totp'), hint: t('signIn.totpHint') },
    },
    onSubmit: async ({ email, password, totp }) => {
      try {
        let me = await api.post<Me>('/api/v1/sessions', needsCodeRef.current ? { email, password, totp } : { email, password });
        // A language chosen on this page wins over the one saved earlier.
        if (me.locale !== currentLocale() && !me.totpSetupRequired) me = await api.patch<Me>('/api/v1/me', { locale: currentLocale() });
        queryClient.setQueryData(meQueryKey, me);
        await navigate(me.totpSetupRequired ? TOTP_SETUP_PATH : (state?.from ?? '/'), { replace: true });
      } catch (error) {
        if (isProblem(error, 'invalid_totp')) throw new ProblemError(error.status, error.code, error.message, [{ name: 'body.totp', reason: '' }]);
        throw error;
      }
    },
    onError: (error) => {
      if (!isProblem(error, 'totp_required')) return false;
      needsCodeRef.current = true;
      setNeedsCode(true);
      return true;
    },
  });
  const { setValue } = controller.form;

  // When the server asks for the code, the new field takes the focus.
  useEffect(() => {
    if (needsCode) document.getElementById('sign-in-totp')?.focus();
  }, [needsCode]);

  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      {state?.signedOut && <StatusMessage>{t('signIn.signedOut')}</StatusMessage>}
      {state?.passwordSet && <StatusMessage>{t('signIn.passwordSet')}</StatusMessage>}
      {needsCode && <StatusMessage>{t('signIn.totpNeeded')}</StatusMessage>}
      <AppForm controller={controller}>
        <TextField name="email" type="email" autoComplete="username" spellCheck={false} />
        <TextField name="password" type="password" autoComplete="current-password" />
        {needsCode && <TextField name="totp" autoComplete="one-time-code" inputMode="text" spellCheck={false} />}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('signIn.submit')}
          </Button>
        </div>
      </AppForm>
      <Paragraph>
        <RouterLink to="/wachtwoord-vergeten">{t('signIn.forgotPassword')}</RouterLink>
      </Paragraph>
      <Paragraph>
        {t('directoryNav.signInHint')} <RouterLink to="/sociale-kaart">{t('directoryNav.signInLink')}</RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to="/zorg-melden">{t('signals.public.fromSignIn')}</RouterLink>
      </Paragraph>
      <DemoAccounts
        onUse={(email, password) => {
          setValue('email', email);
          setValue('password', password);
          document.getElementById('sign-in-email')?.focus();
        }}
      />
    </>
  );
}
