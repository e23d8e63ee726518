import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { TableScroll } from '../../ui/TableScroll';
import { formatDateTime } from '../../ui/format';
import { useCursorPages } from '../../ui/useCursorPages';
import { useSentSignals } from './queries';

/** "Mijn signalen": the sender's own signals with their status, and nothing the team did. */
export function MySignalsPage() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, isPending, error } = useSentSignals(pages.cursor);
  const caption = t('signals.mine.caption');
  return (
    <>
      <PageHeading>{t('signals.mine.title')}</PageHeading>
      <Paragraph>{t('signals.mine.intro')}</Paragraph>
      <Paragraph><RouterLink to="/signalen/doorgeven">{t('signals.mine.new')}</RouterLink></Paragraph>
      <QueryStatus isPending={isPending} error={error} />
      {data && data.items.length === 0 && <Paragraph>{t('signals.mine.none')}</Paragraph>}
      {data && data.items.length > 0 && (
        <TableScroll label={caption}>
          <Table>
            <TableCaption>{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.mine.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.mine.about')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.mine.sentAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.mine.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.mine.since')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((s) => (
                <TableRow key={s.id}>
                  <TableHeaderCell scope="row">{s.reference}</TableHeaderCell>
                  <TableCell>{s.subjectName}</TableCell>
                  <TableCell>{formatDateTime(s.sentAt)}</TableCell>
                  <TableCell>{t(`signals.status.${s.status}`)}</TableCell>
                  <TableCell>{formatDateTime(s.statusChangedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Pager pages={pages} nextCursor={data?.nextCursor} label={t('signals.mine.pages')} />
    </>
  );
}
