import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../ui/TableScroll';
import type { z } from 'zod';
import type { NeighbourhoodView } from '../../../../contracts/admin';
import { PageHeading } from '../../../ui/PageHeading';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useCursorPages } from '../../../ui/useCursorPages';
import { useDistricts, type District } from '../queries';
import { useEditTarget } from '../../../ui/useEditTarget';
import { DistrictForm, NeighbourhoodForm } from './AreaForms';
import { PostcodeImport } from './PostcodeImport';

type Neighbourhood = z.infer<typeof NeighbourhoodView>;
type Editing = { id: string; kind: 'district'; district: District } | { id: string; kind: 'neighbourhood'; neighbourhood: Neighbourhood };

/** Districts (wijken) with their neighbourhoods (buurten), by CBS code. */
export function DistrictsPage() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const districts = useDistricts(pages.cursor, 25);
  const allDistricts = useDistricts().data?.items ?? [];
  const edit = useEditTarget<Editing>();
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string | null) => {
    if (text) setMessage(text);
    edit.close();
  };

  return (
    <>
      <PageHeading>{t('districts.title')}</PageHeading>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={districts.isPending} error={districts.error} />
      {districts.data?.items.length === 0 && <Paragraph>{t('districts.none')}</Paragraph>}
      {districts.data?.items.map((district) => (
        <section key={district.id} className="wijkwijs-section" aria-labelledby={`district-${district.id}`}>
          <Heading2 id={`district-${district.id}`}>{t('districts.heading', { name: district.name, code: district.cbsCode })}</Heading2>
          <Button appearance="secondary-action-button" onClick={() => edit.open({ id: district.id, kind: 'district', district })}>
            {t('districts.editDistrict')}
            <span className="wijkwijs-visually-hidden"> {district.name}</span>
          </Button>
          {district.neighbourhoods.length === 0 ? (
            <Paragraph>{t('districts.noNeighbourhoods')}</Paragraph>
          ) : (
            <TableScroll label={t('districts.neighbourhoodsOf', { name: district.name })}>
              <Table>
                <TableCaption>{t('districts.neighbourhoodsOf', { name: district.name })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('districts.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('districts.cbsCode')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {district.neighbourhoods.map((neighbourhood) => (
                    <TableRow key={neighbourhood.id}>
                      <TableHeaderCell scope="row">{neighbourhood.name}</TableHeaderCell>
                      <TableCell>{neighbourhood.cbsCode}</TableCell>
                      <TableCell>
                        <Button appearance="secondary-action-button" onClick={() => edit.open({ id: neighbourhood.id, kind: 'neighbourhood', neighbourhood })}>
                          {t('common.edit')}
                          <span className="wijkwijs-visually-hidden"> {neighbourhood.name}</span>
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )}
        </section>
      ))}
      <Pager pages={pages} nextCursor={districts.data?.nextCursor} label={t('districts.pager')} />
      {edit.target && (
        <section className="wijkwijs-section" aria-labelledby="area-edit">
          <Heading2 id="area-edit" ref={edit.headingRef} tabIndex={-1}>
            {edit.target.kind === 'district'
              ? t('districts.editDistrictTitle', { name: edit.target.district.name })
              : t('districts.editNeighbourhoodTitle', { name: edit.target.neighbourhood.name })}
          </Heading2>
          {edit.target.kind === 'district' ? (
            <DistrictForm key={edit.target.id} district={edit.target.district} onDone={done} />
          ) : (
            <NeighbourhoodForm key={edit.target.id} neighbourhood={edit.target.neighbourhood} districts={allDistricts} onDone={done} />
          )}
        </section>
      )}
      <section className="wijkwijs-section" aria-labelledby="district-new">
        <Heading2 id="district-new">{t('districts.newTitle')}</Heading2>
        <DistrictForm district={null} onDone={(text) => text && setMessage(text)} />
      </section>
      <section className="wijkwijs-section" aria-labelledby="neighbourhood-new">
        <Heading2 id="neighbourhood-new">{t('districts.newNeighbourhoodTitle')}</Heading2>
        <NeighbourhoodForm neighbourhood={null} districts={allDistricts} onDone={(text) => text && setMessage(text)} />
      </section>
      <PostcodeImport />
    </>
  );
}
