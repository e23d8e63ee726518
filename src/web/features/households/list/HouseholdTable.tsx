import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../ui/RouterLink';
import { TableScroll } from '../../../ui/TableScroll';
import { formatDay } from '../ui/format';
import type { HouseholdRow } from '../queries';

/** Households as a table: never a BSN, only what a coach needs to find the right file. */
export function HouseholdTable({ rows, caption, waitingList, onAssign }: { rows: HouseholdRow[]; caption: string; waitingList: boolean; onAssign?: (row: HouseholdRow) => void }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Paragraph>{t('households.list.none')}</Paragraph>;
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('households.list.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.list.address')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.list.neighbourhood')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.list.members')}</TableHeaderCell>
            {waitingList ? (
              <>
                <TableHeaderCell scope="col">{t('households.list.priority')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('households.list.daysWaiting')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
              </>
            ) : (
              <>
                <TableHeaderCell scope="col">{t('households.list.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('households.list.coordinator')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('households.list.registered')}</TableHeaderCell>
              </>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/huishoudens/${row.id}`}>{row.name}</RouterLink>
              </TableHeaderCell>
              <TableCell>{row.postcode ? `${row.postcode} ${row.houseNumber ?? ''}` : t('common.none')}</TableCell>
              <TableCell>{row.neighbourhoodName ?? t('common.unknown')}</TableCell>
              <TableCell>{row.memberCount}</TableCell>
              {waitingList ? (
                <>
                  <TableCell>{t(`households.priority.${row.priority}`)}</TableCell>
                  <TableCell>{row.daysWaiting ?? t('common.none')}</TableCell>
                  <TableCell>
                    <Button appearance="secondary-action-button" onClick={() => onAssign?.(row)}>
                      {t('households.assign.open')}
                      <span className="wijkwijs-visually-hidden"> {row.name}</span>
                    </Button>
                  </TableCell>
                </>
              ) : (
                <>
                  <TableCell>{t(`households.status.${row.status}`)}</TableCell>
                  <TableCell>{row.coordinatorName ?? t('households.list.noCoordinator')}</TableCell>
                  <TableCell>{formatDay(row.registeredAt)}</TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
