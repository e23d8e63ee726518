import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '../../../../contracts/audit';
import { api, withQuery, type Page } from '../../../app/api';
import { PageHeading } from '../../../ui/PageHeading';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useCursorPages } from '../../../ui/useCursorPages';
import { AuditSearchForm, type AuditSearch } from './AuditSearchForm';
import { AuditTable } from './AuditTable';

const PAGE_SIZE = 50;

/** Search the audit log (NEN 7513) by person, user and period; export what you found as CSV. */
export function AuditPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState<AuditSearch>({ personId: '', userId: '', from: '', to: '' });
  const pages = useCursorPages();
  const events = useQuery({
    queryKey: ['audit-events', search, pages.cursor],
    queryFn: () => api.get<Page<AuditEventView>>(withQuery('/api/v1/audit-events', { ...search, cursor: pages.cursor, limit: PAGE_SIZE })),
  });
  const csvUrl = withQuery('/api/v1/audit-events', { ...search, format: 'csv' });

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <section aria-labelledby="audit-search">
        <Heading2 id="audit-search">{t('audit.searchTitle')}</Heading2>
        <AuditSearchForm
          onSearch={(next) => {
            setSearch(next);
            pages.reset();
          }}
        />
      </section>
      <section className="wijkwijs-section" aria-labelledby="audit-results">
        <Heading2 id="audit-results">{t('audit.resultsTitle')}</Heading2>
        <Paragraph>
          <Link href={csvUrl} download>
            {t('audit.exportCsv')}
          </Link>
        </Paragraph>
        <QueryStatus isPending={events.isPending} error={events.error} />
        {events.data && <AuditTable events={events.data.items} />}
        <Pager pages={pages} nextCursor={events.data?.nextCursor} label={t('audit.pager')} />
      </section>
    </>
  );
}
