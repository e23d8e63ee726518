import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../app/session';
import { formatDateTime } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';
import { ButtonLink } from '../households/ui/ButtonLink';
import type { OutreachLog } from './queries';

/** The visits as a table, newest first: the primary, accessible view of the log. */
export function OutreachLogTable({ rows }: { rows: OutreachLog[] }) {
  const { t } = useTranslation();
  // Only case workers can start an intake; the outreach worker's follow-up stays a note.
  const me = useMe().data;
  const canStartIntake = hasRole(me, ['coach', 'team_lead']);
  // Outreach workers have no case files: for them a visit that calls for more becomes a signal.
  const canSendSignal = hasRole(me, ['outreach']);
  if (rows.length === 0) return <Paragraph>{t('outreach.none')}</Paragraph>;
  return (
    <TableScroll label={t('outreach.listTitle')}>
      <Table>
        <TableCaption className="wijkwijs-visually-hidden">{t('outreach.listTitle')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('outreach.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outreach.neighbourhood')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outreach.minutes')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outreach.activityKind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outreach.youngPeopleMet')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outreach.themes')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outreach.followUp')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('outreach.author')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableHeaderCell scope="row">{formatDateTime(row.startedAt)}</TableHeaderCell>
              <TableCell>{row.neighbourhoodName}</TableCell>
              <TableCell>{row.durationMinutes}</TableCell>
              <TableCell>{t(`outreach.kind.${row.activityKind}`)}</TableCell>
              <TableCell>{row.youngPeopleMet}</TableCell>
              <TableCell>{row.themes.map((theme) => t(`outreach.theme.${theme}`)).join(', ') || t('common.none')}</TableCell>
              <TableCell>
                {row.followUpKind !== 'none' && <strong>{t(`outreach.followUpKinds.${row.followUpKind}`)}: </strong>}
                {row.followUp || (row.followUpKind === 'none' ? t('common.none') : '')}
                {row.followUpKind === 'intake' && row.mine && canStartIntake && (
                  <div>
                    <ButtonLink to="/huishoudens/nieuw">{t('outreach.startIntake')}</ButtonLink>
                  </div>
                )}
                {row.signal && <div>{t('outreach.signalSent', { reference: row.signal.reference, status: t(`signals.status.${row.signal.status}`) })}</div>}
                {!row.signal && row.mine && canSendSignal && (
                  <div>
                    <ButtonLink to={`/signalen/doorgeven?bezoek=${row.id}`}>{t('outreach.sendSignal')}</ButtonLink>
                  </div>
                )}
              </TableCell>
              <TableCell>{row.authorName}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
