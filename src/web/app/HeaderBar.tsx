import { Button } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../contracts/auth';
import type { Locale } from '../../contracts/common';
import { RouterLink } from '../ui/RouterLink';
import { api } from './api';
import { currentLocale, LOCALES, setLocale } from './i18n';
import { meQueryKey, useSignOut } from './session';

const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saveLocale = useMutation({
    mutationFn: (locale: Locale) => api.patch<Me>('/api/v1/me', { locale }),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
  const choose = async (locale: Locale) => {
    await setLocale(locale);
    if (signedIn) saveLocale.mutate(locale);
  };
  return (
    <div role="group" aria-label={t('layout.language')} className="wijkwijs-language-switch">
      {LOCALES.map((locale) => (
        <Button key={locale} appearance="subtle-button" lang={locale} aria-pressed={currentLocale() === locale} onClick={() => void choose(locale)}>
          {LANGUAGE_NAMES[locale]}
        </Button>
      ))}
    </div>
  );
}

/** The banner's content: tenant logo and name, language switch, and who is signed in. */
export function HeaderBar({ siteName, logoDataUrl, me }: { siteName: string; logoDataUrl: string | undefined; me: Me | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <div className="wijkwijs-header__content">
      <RouterLink to="/" className="wijkwijs-header__brand">
        {logoDataUrl && <img src={logoDataUrl} alt="" className="wijkwijs-header__logo" />}
        <span>{siteName}</span>
      </RouterLink>
      <div className="wijkwijs-header__tools">
        <LanguageSwitch signedIn={!!me && !me.totpSetupRequired} />
        {me && (
          <div className="wijkwijs-header__user">
            <span>{t('layout.signedInAs', { name: me.displayName })}</span>
            <Button appearance="subtle-button" onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/inloggen', { state: { signedOut: true } }) })}>
              {t('layout.signOut')}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
