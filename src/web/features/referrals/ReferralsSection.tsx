import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { problemMessage } from '../../ui/form';
import { QueryStatus } from '../../ui/QueryStatus';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFileContext } from '../households/file/FileLayout';
import { householdKeys } from '../households/queries';
import { ConsentsList } from './ConsentsList';
import { NewReferralForm } from './NewReferralForm';
import { useHouseholdConsents, useHouseholdReferrals } from './queries';
import { ReferralCard } from './ReferralCard';

/** Verwijzingen in the household file: what we shared with whom, each step, the consents, and a new referral. */
export function ReferralsSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const queryClient = useQueryClient();
  const referrals = useHouseholdReferrals(household.id);
  const consents = useHouseholdConsents(household.id);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = async (text: string) => {
    setMessage(text);
    await queryClient.invalidateQueries({ queryKey: ['referrals'] });
    await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'timeline') });
  };
  const act = (work: () => Promise<unknown>, done: string) => void work().then(() => refresh(done), (error: unknown) => setMessage(problemMessage(error, t)));
  return (
    <>
      <Paragraph>{t('referrals.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <section aria-labelledby="referrals-list">
        <Heading2 id="referrals-list">{t('referrals.listTitle')}</Heading2>
        <QueryStatus isPending={referrals.isPending} error={referrals.error} />
        {referrals.data?.items.length === 0 && <Paragraph>{t('referrals.none')}</Paragraph>}
        {referrals.data?.items.map((r) => (
          <ReferralCard
            key={r.id}
            referral={r}
            onStep={(status) => act(() => api.post(`/api/v1/referrals/${r.id}/events`, { status }), status === 'sent' ? t('referrals.sent') : t('referrals.cancelled'))}
            onRevoke={(linkId) => act(() => api.delete(`/api/v1/referral-links/${linkId}`), t('referrals.linkRevokedDone'))}
          />
        ))}
      </section>
      <section className="wijkwijs-section" aria-labelledby="referrals-consents">
        <Heading2 id="referrals-consents">{t('referrals.consentsTitle')}</Heading2>
        <QueryStatus isPending={consents.isPending} error={consents.error} />
        {consents.data && <ConsentsList consents={consents.data.items} onWithdraw={(id) => act(() => api.post(`/api/v1/consents/${id}/withdrawals`, {}), t('referrals.withdrawn'))} />}
      </section>
      {household.status !== 'closed' && (
        <section className="wijkwijs-section" aria-labelledby="referrals-new">
          <Heading2 id="referrals-new">{t('referrals.newTitle')}</Heading2>
          <NewReferralForm household={household} onSent={refresh} />
        </section>
      )}
    </>
  );
}

