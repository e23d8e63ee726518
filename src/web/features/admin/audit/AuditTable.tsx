import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../ui/TableScroll';
import type { AuditEventView } from '../../../../contracts/audit';
import { formatDateTime } from '../../../ui/format';

export function AuditTable({ events }: { events: AuditEventView[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Paragraph>{t('audit.none')}</Paragraph>;
  const dash = t('common.none');
  return (
    <TableScroll label={t('audit.caption')}>
      <Table>
        <TableCaption>{t('audit.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.time')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.event')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.outcome')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.user')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.onBehalf')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.personId')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.object')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.accessPoint')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell>{formatDateTime(event.occurredAt)}</TableCell>
              <TableCell>
                {event.eventType} ({t(`auditAction.${event.action}`)})
              </TableCell>
              <TableCell>{t(`auditOutcome.${event.outcome}`)}</TableCell>
              <TableCell>{event.userName ?? event.userId ?? dash}</TableCell>
              <TableCell>{event.onBehalfRole ? t(`roles.${event.onBehalfRole}`, { defaultValue: event.onBehalfRole }) : dash}</TableCell>
              <TableCell>{event.personId ?? dash}</TableCell>
              <TableCell>{event.objectType ? `${event.objectType} ${event.objectId ?? ''}` : dash}</TableCell>
              <TableCell>{[event.ip, event.userAgent].filter(Boolean).join(' · ') || dash}</TableCell>
              <TableCell>{event.reason ?? dash}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
