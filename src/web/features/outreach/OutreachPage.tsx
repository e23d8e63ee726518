import { FormField, FormLabel, Heading2, Link, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { QueryStatus } from '../../ui/QueryStatus';
import { StatusMessage } from '../../ui/StatusMessage';
import { useCursorPages } from '../../ui/useCursorPages';
import { OutreachLogForm } from './OutreachLogForm';
import { OutreachLogTable } from './OutreachLogTable';
import { useOutreachLogs, useOutreachOptions } from './queries';
import './outreach.css';

/** Outreachlogboek: the visits so far (filtered by neighbourhood), and a form to record one. */
export function OutreachPage() {
  const { t } = useTranslation();
  const [neighbourhoodId, setNeighbourhoodId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const pages = useCursorPages();
  const options = useOutreachOptions();
  const logs = useOutreachLogs(neighbourhoodId, pages.cursor);
  return (
    <>
      <PageHeading>{t('outreach.title')}</PageHeading>
      <Paragraph>{t('outreach.intro')}</Paragraph>
      <Paragraph>
        <Link href="#outreach-new">{t('outreach.newTitle')}</Link>
      </Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <section className="wijkwijs-section" aria-labelledby="outreach-list">
        <Heading2 id="outreach-list">{t('outreach.listTitle')}</Heading2>
        <FormField
          label={<FormLabel htmlFor="outreach-filter">{t('outreach.filter')}</FormLabel>}
          input={
            <Select id="outreach-filter" value={neighbourhoodId} onChange={(event) => { setNeighbourhoodId(event.target.value); pages.reset(); }}>
              <SelectOption value="">{t('outreach.allNeighbourhoods')}</SelectOption>
              {options.data?.neighbourhoods.map((n) => (
                <SelectOption key={n.id} value={n.id}>{n.name}</SelectOption>
              ))}
            </Select>
          }
        />
        <QueryStatus isPending={logs.isPending} error={logs.error} />
        {logs.data && <OutreachLogTable rows={logs.data.items} />}
        <Pager pages={pages} nextCursor={logs.data?.nextCursor} label={t('outreach.pager')} />
      </section>
      <section className="wijkwijs-section" aria-labelledby="outreach-new">
        <Heading2 id="outreach-new" tabIndex={-1}>{t('outreach.newTitle')}</Heading2>
        <QueryStatus isPending={options.isPending} error={options.error} />
        {options.data && <OutreachLogForm options={options.data} onSaved={setMessage} />}
      </section>
    </>
  );
}
