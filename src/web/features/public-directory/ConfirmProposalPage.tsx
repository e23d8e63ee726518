import { Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { PUBLIC_DIRECTORY_PATH } from './PublicSearchPage';

export const PROPOSAL_CONFIRMATIONS_PATH = '/api/v1/public/activity-proposals/confirmations';

/** Where the link in the confirmation e-mail lands: it confirms the proposal once, then says what happens next. */
export function ConfirmProposalPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useMutation({ mutationFn: () => api.post(PROPOSAL_CONFIRMATIONS_PATH, { token }) });
  const { mutate } = confirm;
  // The link works once: never send it twice (React's development mode runs effects twice).
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate();
  }, [token, mutate]);
  return (
    <div className="directory">
      <PageHeading>{t('confirmProposal.title')}</PageHeading>
      {!token && <Paragraph>{t('confirmProposal.noToken')}</Paragraph>}
      {confirm.isSuccess && <StatusMessage>{t('confirmProposal.done')}</StatusMessage>}
      {confirm.isError && <QueryStatus isPending={false} error={confirm.error} />}
      {token && confirm.isPending && <QueryStatus isPending error={null} />}
      <Paragraph>
        <RouterLink to={PUBLIC_DIRECTORY_PATH}>{t('publicDirectory.back')}</RouterLink>
      </Paragraph>
    </div>
  );
}
