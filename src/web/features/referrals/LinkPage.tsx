import { Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { LinkReferralView, ProviderAnswer as Answer } from '../../../contracts/referrals';
import { api } from '../../app/api';
import { formatDateTime } from '../../ui/format';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { ProviderAnswer } from './ProviderAnswer';
import { SharedInformationList } from './SharedInformationList';

/** The page behind a single-use link: a provider or host without an account reads the referral and answers once. */
export function LinkPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const path = `/api/v1/public/referral-links/${encodeURIComponent(token)}`;
  const [answered, setAnswered] = useState(false);
  const link = useQuery({ queryKey: ['referral-link', token], queryFn: () => api.get<z.infer<typeof LinkReferralView>>(path), enabled: token.length > 0, retry: false });
  if (answered) {
    return (
      <>
        <PageHeading>{t('referrals.inbox.title')}</PageHeading>
        <StatusMessage>{t('referrals.link.thanks')}</StatusMessage>
      </>
    );
  }
  if (!token || link.isError) {
    return (
      <>
        <PageHeading>{t('referrals.inbox.title')}</PageHeading>
        <Paragraph>{t('referrals.link.gone')}</Paragraph>
      </>
    );
  }
  if (!link.data) return <PageHeading>{t('referrals.inbox.title')}</PageHeading>;
  const r = link.data;
  const answer = async (status: Answer, reason: string) => {
    await api.post(`${path}/answers`, { status, ...(reason ? { reason } : {}) });
    setAnswered(true);
  };
  return (
    <>
      <PageHeading>{t('referrals.link.title', { service: r.serviceName })}</PageHeading>
      <Paragraph>{t('referrals.link.intro', { coach: r.sentByName, until: formatDateTime(r.expiresAt) })}</Paragraph>
      <Paragraph>{t('referrals.statusLabel', { status: t(`referrals.status.${r.status}`) })}</Paragraph>
      <SharedInformationList shared={r.shared} consentActive={r.shared !== null} message={r.message} />
      <ProviderAnswer allowed={r.allowedStatuses} onAnswer={answer} />
    </>
  );
}
