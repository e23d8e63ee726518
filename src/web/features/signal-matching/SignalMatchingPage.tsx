import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { MatchesSection } from './MatchesSection';
import { RegistrationForm } from './RegistrationForm';
import { RegistrationsSection } from './RegistrationsSection';

/** Signaalmatching for professionals: who else is involved, your registrations, and a new one. */
export function SignalMatchingPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [message, setMessage] = useState<string | null>(null);
  if (me && !me.features.signalMatching) return <SignalMatchingOff title={t('signalMatching.title')} />;
  return (
    <>
      <PageHeading>{t('signalMatching.title')}</PageHeading>
      <Paragraph>{t('signalMatching.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <MatchesSection />
      <RegistrationsSection onMessage={setMessage} />
      <section className="wijkwijs-section" aria-labelledby="signal-new">
        <Heading2 id="signal-new">{t('signalMatching.newTitle')}</Heading2>
        <RegistrationForm onSaved={setMessage} />
      </section>
    </>
  );
}

export function SignalMatchingOff({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Alert type="info">
        <Paragraph>{t('signalMatching.off')}</Paragraph>
      </Alert>
    </>
  );
}
