import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderAnswer as Answer, ReferralStatus } from '../../../contracts/referrals';
import { api } from '../../app/api';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { StatusMessage } from '../../ui/StatusMessage';
import { ProviderAnswer } from './ProviderAnswer';
import { referralKeys, useInbox } from './queries';
import { ReferralSteps } from './ReferralSteps';
import { SharedInformationList } from './SharedInformationList';

const NEXT: Partial<Record<ReferralStatus, Answer[]>> = { sent: ['accepted', 'declined'], accepted: ['in_progress', 'not_completed'], in_progress: ['completed', 'not_completed'] };

/** Verwijzingen for providers and hosts: referrals to their own services, only what was shared, and their answers. */
export function InboxPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inbox = useInbox();
  const [message, setMessage] = useState<string | null>(null);
  const answer = (id: string) => async (status: Answer, reason: string) => {
    await api.post(`/api/v1/referrals/${id}/events`, { status, ...(reason ? { reason } : {}) });
    setMessage(t('referrals.answer.done', { status: t(`referrals.status.${status}`) }));
    await queryClient.invalidateQueries({ queryKey: referralKeys.inbox });
  };
  return (
    <>
      <PageHeading>{t('referrals.inbox.title')}</PageHeading>
      <Paragraph>{t('referrals.inbox.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={inbox.isPending} error={inbox.error} />
      {inbox.data?.items.length === 0 && <Paragraph>{t('referrals.inbox.none')}</Paragraph>}
      {inbox.data?.items.map((r) => (
        <section key={r.id} className="wijkwijs-section" aria-labelledby={`inbox-${r.id}`}>
          <Heading2 id={`inbox-${r.id}`}>{t('referrals.referralTo', { service: r.serviceName })}</Heading2>
          <Paragraph>
            {t('referrals.statusLabel', { status: t(`referrals.status.${r.status}`) })}
            {r.statusReason && ` · ${t('referrals.reasonLabel', { reason: r.statusReason })}`}
          </Paragraph>
          <SharedInformationList shared={r.shared} consentActive={r.consentActive} message={r.shared ? r.message : undefined} />
          <ReferralSteps events={r.events} />
          <ProviderAnswer allowed={NEXT[r.status] ?? []} onAnswer={answer(r.id)} />
        </section>
      ))}
    </>
  );
}
