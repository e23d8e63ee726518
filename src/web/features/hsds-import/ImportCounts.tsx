import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DirectoryImportView } from '../../../contracts/hsds';
import { TableScroll } from '../../ui/TableScroll';

const ORDER = ['service', 'organization', 'location', 'service_at_location', 'address', 'schedule', 'contact', 'phone', 'language', 'accessibility', 'taxonomy', 'taxonomy_term', 'attribute', 'cost_option'];

/** Per kind of record: how many are new, changed and unchanged. */
export function ImportCounts({ job, caption }: { job: DirectoryImportView; caption: string }) {
  const { t } = useTranslation();
  const rows = Object.entries(job.counts)
    .filter(([, c]) => c.created + c.updated + c.unchanged > 0)
    .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return (
    <>
      <TableScroll label={caption}>
        <Table>
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('hsdsImport.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hsdsImport.created')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hsdsImport.updated')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('hsdsImport.unchanged')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(([object, c]) => (
              <TableRow key={object}>
                <TableHeaderCell scope="row">{t(`hsdsImport.objects.${object}`, { defaultValue: object })}</TableHeaderCell>
                <TableCell>{c.created}</TableCell>
                <TableCell>{c.updated}</TableCell>
                <TableCell>{c.unchanged}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      {job.samples.length > 0 && (
        <ul aria-label={t('hsdsImport.samples')}>
          {job.samples.map((s) => (
            <li key={`${s.object}-${s.id}`}>
              {t(`hsdsImport.objects.${s.object}`, { defaultValue: s.object })}: {s.name ?? s.id} ({t(`hsdsImport.${s.action}`)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
