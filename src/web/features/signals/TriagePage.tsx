import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { SignalStatus } from '../../../contracts/signals';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { TableScroll } from '../../ui/TableScroll';
import { formatDateTime } from '../../ui/format';
import { useCursorPages } from '../../ui/useCursorPages';
import { DueCell, FirstContactCell } from './DueCell';
import { useTriageQueue } from './queries';
import './signals.css';

type Status = z.infer<typeof SignalStatus>;

/** The team's triage queue: signals in one status, earliest deadline first, overdue marked in words. */
export function TriagePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('received');
  const pages = useCursorPages();
  const { data, isPending, error } = useTriageQueue(status, pages.cursor);
  const caption = t('signals.triage.caption', { status: t(`signals.status.${status}`) });
  return (
    <>
      <PageHeading>{t('signals.triage.title')}</PageHeading>
      <Paragraph>{t('signals.triage.intro')}</Paragraph>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="triage-status">{t('signals.triage.status')}</label>
        <select id="triage-status" className="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => { setStatus(e.target.value as Status); pages.reset(); }}>
          {SignalStatus.options.map((s) => <option key={s} value={s}>{t(`signals.status.${s}`)}</option>)}
        </select>
      </div>
      <QueryStatus isPending={isPending} error={error} />
      {data && data.items.length === 0 && <Paragraph>{t('signals.triage.none')}</Paragraph>}
      {data && data.items.length > 0 && (
        <TableScroll label={caption}>
          <Table>
            <TableCaption>{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.triage.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.triage.about')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.triage.concerns')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.triage.urgency')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.triage.received')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.triage.due')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.triage.pickedUp')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((s) => (
                <TableRow key={s.id}>
                  <TableHeaderCell scope="row"><RouterLink to={`/signalen/${s.id}`}>{s.reference}</RouterLink></TableHeaderCell>
                  <TableCell>{s.subjectName ?? t('signals.triage.unknownPerson')}</TableCell>
                  <TableCell>{s.concerns.length ? s.concerns.map((c) => t(`signals.concern.${c}`)).join(', ') : t(`signals.kind.${s.kind}`)}</TableCell>
                  <TableCell>{t(`signals.urgency.${s.urgency}`)}</TableCell>
                  <TableCell>{formatDateTime(s.receivedAt)}</TableCell>
                  <TableCell><DueCell signal={s} /></TableCell>
                  <TableCell><FirstContactCell minutes={s.minutesToFirstContact} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Pager pages={pages} nextCursor={data?.nextCursor} label={t('signals.triage.pages')} />
    </>
  );
}
