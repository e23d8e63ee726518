import { Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../ui/QueryStatus';
import { TableScroll } from '../../ui/TableScroll';
import { formatDay } from '../households/ui/format';
import { useMatches, type MatchGroup } from './queries';

/** "Ook betrokken": per own registration, the other organisations and who to call. Never content. */
export function MatchesSection() {
  const { t } = useTranslation();
  const matches = useMatches();
  return (
    <section className="wijkwijs-section" aria-labelledby="signal-matches">
      <Heading2 id="signal-matches">{t('signalMatching.matchesTitle')}</Heading2>
      <QueryStatus isPending={matches.isPending} error={matches.error} />
      {matches.data && matches.data.items.length === 0 && <Paragraph>{t('signalMatching.matchesNone')}</Paragraph>}
      {matches.data?.items.map((group) => <MatchGroupTable key={group.registrationId} group={group} />)}
    </section>
  );
}

function MatchGroupTable({ group }: { group: MatchGroup }) {
  const { t } = useTranslation();
  const title = t('signalMatching.matchesFor', { reference: group.ownReference || t('signalMatching.noReference'), date: formatDay(group.registeredAt) });
  return (
    <>
      <Heading3>{title}</Heading3>
      <TableScroll label={title}>
        <Table>
          <TableCaption className="wijkwijs-visually-hidden">{title}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('signalMatching.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signalMatching.contact')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signalMatching.phone')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signalMatching.since')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {group.others.map((other) => (
              <TableRow key={other.registrationId}>
                <TableHeaderCell scope="row">{other.organisationName}</TableHeaderCell>
                <TableCell>{other.contactName}</TableCell>
                <TableCell>
                  <a href={`tel:${other.contactPhone.replace(/[^+0-9]/g, '')}`}>{other.contactPhone}</a>
                </TableCell>
                <TableCell>{formatDay(other.since)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}
