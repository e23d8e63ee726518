import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TOTP_SETUP_PATH } from '../../app/navigation';
import { useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileSection } from './ProfileSection';
import { SessionsSection } from './SessionsSection';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      <ProfileSection me={me} />
      <ChangePasswordForm />
      <section className="wijkwijs-section" aria-labelledby="account-totp">
        <Heading2 id="account-totp">{t('account.totp.title')}</Heading2>
        <Paragraph>{me.totpEnabled ? t('account.totp.on') : t('account.totp.off')}</Paragraph>
        {!me.totpEnabled && (
          <Paragraph>
            <RouterLink to={TOTP_SETUP_PATH}>{t('account.totp.setUp')}</RouterLink>
          </Paragraph>
        )}
      </section>
      <SessionsSection />
    </>
  );
}
