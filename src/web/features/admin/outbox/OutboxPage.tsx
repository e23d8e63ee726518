import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { OutboxMessageView } from '../../../../contracts/admin';
import { api, withQuery, type Page } from '../../../app/api';
import { formatDateTime } from '../../../ui/format';
import { PageHeading } from '../../../ui/PageHeading';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useCursorPages } from '../../../ui/useCursorPages';

type OutboxMessage = z.infer<typeof OutboxMessageView>;
const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Mail text with its web addresses as links, so demo users can open invitation and reset links. */
function MessageBody({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <Paragraph className="wijkwijs-message-body">
      {parts.map((part, index) => (
        <Fragment key={index}>{index % 2 === 1 ? <Link href={part}>{part}</Link> : part}</Fragment>
      ))}
    </Paragraph>
  );
}

/** Demo mode only: the mail Wijkwijs would have sent. */
export function OutboxPage() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const messages = useQuery({
    queryKey: ['outbox-messages', pages.cursor],
    queryFn: () => api.get<Page<OutboxMessage>>(withQuery('/api/v1/outbox-messages', { cursor: pages.cursor, limit: 20 })),
  });
  return (
    <>
      <PageHeading>{t('outbox.title')}</PageHeading>
      <Paragraph>{t('outbox.intro')}</Paragraph>
      <QueryStatus isPending={messages.isPending} error={messages.error} />
      {messages.data?.items.length === 0 && <Paragraph>{t('outbox.none')}</Paragraph>}
      {messages.data?.items.map((message) => (
        <article key={message.id} className="wijkwijs-section" aria-labelledby={`message-${message.id}`}>
          <Heading2 id={`message-${message.id}`}>{message.subject}</Heading2>
          <Paragraph>{t('outbox.meta', { recipient: message.recipient, time: formatDateTime(message.createdAt) })}</Paragraph>
          <MessageBody text={message.bodyText} />
        </article>
      ))}
      <Pager pages={pages} nextCursor={messages.data?.nextCursor} label={t('outbox.pager')} />
    </>
  );
}
