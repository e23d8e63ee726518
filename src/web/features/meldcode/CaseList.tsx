import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { Pager } from '../../ui/Pager';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { TableScroll } from '../../ui/TableScroll';
import { useCursorPages } from '../../ui/useCursorPages';
import { useMeldcodeCases } from './queries';

/** Meldcode cases the user may see (of one household, or all), newest first, a page at a time. */
export function CaseList({ householdId }: { householdId?: string }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const cases = useMeldcodeCases(householdId, pages.cursor);
  if (!cases.data) return <QueryStatus isPending={cases.isPending} error={cases.error} />;
  if (!cases.data.items.length) return <Paragraph>{t('meldcode.list.none')}</Paragraph>;
  return (
    <>
      <TableScroll label={t('meldcode.list.title')}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('meldcode.list.household')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meldcode.list.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meldcode.list.openedAt')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cases.data.items.map((c) => (
              <TableRow key={c.id}>
                <TableCell><RouterLink to={`/meldcode/${c.id}`}>{t('meldcode.list.caseOf', { name: c.householdName })}</RouterLink></TableCell>
                <TableCell>{c.status === 'closed' ? t('meldcode.list.closed') : c.currentStep ? t('meldcode.list.atStep', { title: t(`meldcode.stepTitle.${c.currentStep}`) }) : t('meldcode.list.decided')}</TableCell>
                <TableCell>{formatDateTime(c.openedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      <Pager pages={pages} nextCursor={cases.data.nextCursor} label={t('meldcode.list.pages')} />
    </>
  );
}
