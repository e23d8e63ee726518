import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { TableScroll } from '../../ui/TableScroll';
import { formatDay } from '../households/ui/format';
import { useRegistrationsAboutMe } from './queries';
import { SignalMatchingOff } from './SignalMatchingPage';

/** "Wie is bij mij betrokken?": for a young person, the organisations registered about them. */
export function AboutMePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (me && !me.features.signalMatching) return <SignalMatchingOff title={t('signalMatching.mine.title')} />;
  return <AboutMeList />;
}

function AboutMeList() {
  const { t } = useTranslation();
  const about = useRegistrationsAboutMe();
  const caption = t('signalMatching.mine.caption');
  return (
    <>
      <PageHeading>{t('signalMatching.mine.title')}</PageHeading>
      <Paragraph>{t('signalMatching.mine.intro')}</Paragraph>
      <QueryStatus isPending={about.isPending} error={about.error} />
      {about.data && about.data.items.length === 0 && <Paragraph>{t('signalMatching.mine.none')}</Paragraph>}
      {about.data && about.data.items.length > 0 && (
        <TableScroll label={caption}>
          <Table>
            <TableCaption>{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signalMatching.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signalMatching.since')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signalMatching.until')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {about.data.items.map((r) => (
                <TableRow key={`${r.organisationName}-${r.since}`}>
                  <TableHeaderCell scope="row">{r.organisationName}</TableHeaderCell>
                  <TableCell>{formatDay(r.since)}</TableCell>
                  <TableCell>{formatDay(r.until)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
