import { Heading2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import { formatDateTime } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';

/** Every turn of the case, in order: completions and reopenings with who and when (append-only). */
export function MeldcodeHistory({ view }: { view: MeldcodeCaseView }) {
  const { t } = useTranslation();
  if (!view.history.length) return null;
  return (
    <section className="wijkwijs-section" aria-labelledby="meldcode-history">
      <Heading2 id="meldcode-history">{t('meldcode.history.title')}</Heading2>
      <TableScroll label={t('meldcode.history.title')}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('meldcode.history.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meldcode.history.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meldcode.history.who')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.history.map((h) => (
              <TableRow key={h.seq}>
                <TableCell>{formatDateTime(h.recordedAt)}</TableCell>
                <TableCell>{t(`meldcode.history.${h.kind}`, { title: t(`meldcode.stepTitle.${h.step}`) })}{h.reason ? ` — ${h.reason}` : ''}</TableCell>
                <TableCell>{h.recordedByName}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}
