import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../ui/TableScroll';
import { PageHeading } from '../../../ui/PageHeading';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useCursorPages } from '../../../ui/useCursorPages';
import { useDistricts, useTeams, type Team } from '../queries';
import { useEditTarget } from '../../../ui/useEditTarget';
import { TeamForm } from './TeamForm';

export function TeamsPage() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const teams = useTeams(pages.cursor, 25);
  const districts = useDistricts().data?.items ?? [];
  const districtName = new Map(districts.map((district) => [district.id, district.name]));
  const edit = useEditTarget<Team>();
  const [message, setMessage] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t('teams.title')}</PageHeading>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={teams.isPending} error={teams.error} />
      {teams.data && teams.data.items.length === 0 && <Paragraph>{t('teams.none')}</Paragraph>}
      {teams.data && teams.data.items.length > 0 && (
        <TableScroll label={t('teams.caption')}>
          <Table>
            <TableCaption>{t('teams.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('teams.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('teams.district')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('teams.members')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {teams.data.items.map((team) => (
                <TableRow key={team.id}>
                  <TableHeaderCell scope="row">{team.name}</TableHeaderCell>
                  <TableCell>{team.districtId ? (districtName.get(team.districtId) ?? t('common.unknown')) : t('common.none')}</TableCell>
                  <TableCell>{team.memberCount}</TableCell>
                  <TableCell>
                    <Button appearance="secondary-action-button" onClick={() => edit.open(team)}>
                      {t('common.edit')}
                      <span className="wijkwijs-visually-hidden"> {team.name}</span>
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Pager pages={pages} nextCursor={teams.data?.nextCursor} label={t('teams.pager')} />
      {edit.target && (
        <section className="wijkwijs-section" aria-labelledby="teams-edit">
          <Heading2 id="teams-edit" ref={edit.headingRef} tabIndex={-1}>
            {t('teams.editTitle', { name: edit.target.name })}
          </Heading2>
          <TeamForm
            key={edit.target.id}
            team={edit.target}
            districts={districts}
            onDone={(text) => {
              if (text) setMessage(text);
              edit.close();
            }}
          />
        </section>
      )}
      <section className="wijkwijs-section" aria-labelledby="teams-new">
        <Heading2 id="teams-new">{t('teams.newTitle')}</Heading2>
        <TeamForm team={null} districts={districts} onDone={(text) => text && setMessage(text)} />
      </section>
    </>
  );
}
