import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ChangeSuggestionView } from '../../../contracts/directory';
import { api, type Page } from '../../app/api';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { dateTime } from '../public-directory/format';
import '../public-directory/directory.css';
import { staffServicePath } from './StaffSearchPage';

type Suggestion = z.infer<typeof ChangeSuggestionView>;
const KEY = ['directory', 'staff', 'change-suggestions'] as const;

/** What residents said is wrong on a service page: the team sees all, keepers those about their entries. */
export function ChangeSuggestionsPage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const list = useQuery({ queryKey: KEY, queryFn: () => api.get<Page<Suggestion>>('/api/v1/change-suggestions?status=open&limit=100') });
  const items = list.data?.items ?? [];
  return (
    <div className="directory">
      <PageHeading>{t('directoryStaff.suggestions.title')}</PageHeading>
      <Paragraph>{t('directoryStaff.suggestions.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={list.isPending} error={list.error} />
      {list.data && items.length === 0 && <Paragraph>{t('directoryStaff.suggestions.empty')}</Paragraph>}
      <ol className="directory-results">
        {items.map((item) => (
          <li key={item.id}>
            <SuggestionCard item={item} onHandled={setMessage} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function SuggestionCard({ item, onHandled }: { item: Suggestion; onHandled: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const handle = useMutation({
    mutationFn: (status: 'done' | 'dismissed') => api.patch<Suggestion>(`/api/v1/change-suggestions/${item.id}`, { status }),
    onSuccess: (_, status) => {
      onHandled(t(`directoryStaff.suggestions.${status}`, { name: item.serviceName }));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const from = [item.name, item.email].filter(Boolean).join(', ');
  return (
    <article className="directory-card" aria-labelledby={`suggestion-${item.id}`}>
      <Heading2 id={`suggestion-${item.id}`}>
        <RouterLink to={staffServicePath(item.serviceId)}>{item.serviceName}</RouterLink>
      </Heading2>
      <Paragraph>{item.message}</Paragraph>
      <Paragraph className="directory-card__org">
        {t('directoryStaff.suggestions.received', { when: dateTime(item.createdAt, i18n.language) })}
        {from && ` ${t('directoryStaff.suggestions.from', { from })}`}
      </Paragraph>
      <QueryStatus isPending={false} error={handle.error} />
      <ButtonGroup>
        <Button appearance="secondary-action-button" busy={handle.isPending} onClick={() => handle.mutate('done')}>
          {t('directoryStaff.suggestions.markDone')}
        </Button>
        <Button appearance="subtle-button" busy={handle.isPending} onClick={() => handle.mutate('dismissed')}>
          {t('directoryStaff.suggestions.dismiss')}
        </Button>
      </ButtonGroup>
    </article>
  );
}
