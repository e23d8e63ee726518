import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../contracts/directory';
import { hasRole, useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { ResultList } from '../public-directory/ResultList';
import '../public-directory/directory.css';
import { ButtonLink } from '../households/ui/ButtonLink';
import { LOCATIONS_PATH } from './LocationsPage';
import { NEW_ACTIVITY_PATH } from './NewActivityPage';
import { useServiceList } from './queries';
import { LOCATION_KEEPERS } from './roles';
import { staffServicePath } from './StaffSearchPage';

const STATES = ['approved', 'pending', 'rejected'] as const;

/** "Mijn aanbod": what I keep (my organisation's services, my own activities), by moderation state. */
export function MyServicesPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <div className="directory">
      <PageHeading>{t('directoryStaff.mine.title')}</PageHeading>
      <Paragraph>{t('directoryStaff.mine.intro')}</Paragraph>
      <div className="directory-keeper__actions">
        {hasRole(me, ['initiative_host']) && <ButtonLink to={NEW_ACTIVITY_PATH} appearance="primary-action-button">{t('directoryKeeping.activity.title')}</ButtonLink>}
        {hasRole(me, LOCATION_KEEPERS) && <ButtonLink to={LOCATIONS_PATH}>{t('directoryKeeping.locations.title')}</ButtonLink>}
      </div>
      {STATES.map((state) => (
        <MineSection key={state} state={state} />
      ))}
    </div>
  );
}

function MineSection({ state }: { state: (typeof STATES)[number] }) {
  const { t } = useTranslation();
  const list = useServiceList({ mine: 'true', moderation: state, includeHidden: 'true', sort: 'name' });
  const items: ServiceSummary[] = list.data?.items ?? [];
  if (list.data && items.length === 0 && state !== 'approved') return null;
  return (
    <section aria-labelledby={`mine-${state}`} className="directory__results">
      <Heading2 id={`mine-${state}`}>{t(`directoryStaff.mine.${state}`)}</Heading2>
      <QueryStatus isPending={list.isPending} error={list.error} />
      {list.data && items.length === 0 && <Paragraph>{t('directoryStaff.mine.empty')}</Paragraph>}
      <ResultList items={items} detailPath={staffServicePath} />
    </section>
  );
}
