import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { Pager } from '../../ui/Pager';
import { QueryStatus } from '../../ui/QueryStatus';
import { TableScroll } from '../../ui/TableScroll';
import { useCursorPages } from '../../ui/useCursorPages';
import { formatDay } from '../households/ui/format';
import { signalMatchKeys, useOwnRegistrations, type Registration } from './queries';

/** "Mijn meldingen": the user's own registrations, with how many others matched and a way to withdraw. */
export function RegistrationsSection({ onMessage }: { onMessage: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const pages = useCursorPages();
  const registrations = useOwnRegistrations(pages.cursor);
  const withdraw = async (registration: Registration) => {
    await api.delete(`/api/v1/signal-match-registrations/${registration.id}`);
    await queryClient.invalidateQueries({ queryKey: signalMatchKeys.all });
    onMessage(t('signalMatching.withdrawn'));
  };
  const title = t('signalMatching.registrationsTitle');
  return (
    <section className="wijkwijs-section" aria-labelledby="signal-registrations">
      <Heading2 id="signal-registrations">{title}</Heading2>
      <QueryStatus isPending={registrations.isPending} error={registrations.error} />
      {registrations.data && registrations.data.items.length === 0 && <Paragraph>{t('signalMatching.registrationsNone')}</Paragraph>}
      {registrations.data && registrations.data.items.length > 0 && (
        <TableScroll label={title}>
          <Table>
            <TableCaption className="wijkwijs-visually-hidden">{title}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signalMatching.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signalMatching.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signalMatching.since')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signalMatching.until')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signalMatching.matches')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {registrations.data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">{r.ownReference || t('signalMatching.noReference')}</TableHeaderCell>
                  <TableCell>{r.organisationName}</TableCell>
                  <TableCell>{formatDay(r.registeredAt)}</TableCell>
                  <TableCell>{formatDay(r.endsAt)}</TableCell>
                  <TableCell>{r.matches}</TableCell>
                  <TableCell>
                    <Button appearance="secondary-action-button" onClick={() => void withdraw(r)}>
                      {t('signalMatching.withdraw')}
                      <span className="wijkwijs-visually-hidden"> {r.ownReference || formatDay(r.registeredAt)}</span>
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Pager pages={pages} nextCursor={registrations.data?.nextCursor} label={t('signalMatching.pager')} />
    </section>
  );
}
