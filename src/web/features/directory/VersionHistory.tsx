import { Heading2 } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../app/api';
import { QueryStatus } from '../../ui/QueryStatus';
import { TableScroll } from '../../ui/TableScroll';
import { dateTime } from '../public-directory/format';
import { useLocationVersions } from './location-queries';
import { useServiceVersions, type ServiceVersion } from './queries';

/** Who changed what, and when: every version of the entry, newest first. */
export function VersionHistory({ serviceId }: { serviceId: string }) {
  return <VersionTable versions={useServiceVersions(serviceId)} />;
}

/** The same for a place (its name, address, accessibility). */
export function LocationVersionHistory({ locationId }: { locationId: string }) {
  return <VersionTable versions={useLocationVersions(locationId)} />;
}

function VersionTable({ versions }: { versions: UseQueryResult<Page<ServiceVersion>> }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="versions-title" className="directory-service__block">
      <Heading2 id="versions-title">{t('directoryStaff.versions.title')}</Heading2>
      <QueryStatus isPending={versions.isPending} error={versions.error} />
      {versions.data && (
        <TableScroll label={t('directoryStaff.versions.title')}>
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">{t('directoryStaff.versions.version')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('directoryStaff.versions.when')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('directoryStaff.versions.who')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('directoryStaff.versions.change')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {versions.data.items.map((v) => (
                <tr key={v.version} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{v.version}</td>
                  <td className="utrecht-table__cell">{dateTime(v.changedAt, i18n.language)}</td>
                  <td className="utrecht-table__cell">{v.changedByName ?? t('common.unknown')}</td>
                  <td className="utrecht-table__cell">{t([`directoryKeeping.changes.${v.change}`, `directoryStaff.versions.changes.${v.change}`], { defaultValue: v.change })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
