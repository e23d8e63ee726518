import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { hasRole, useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { ServiceDetails } from '../public-directory/ServiceDetails';
import '../public-directory/directory.css';
import { CapacityForm } from './CapacityForm';
import { KeeperPanel } from './KeeperPanel';
import { KeptPlaces } from './KeptPlaces';
import { ModerationForm } from './ModerationForm';
import { useStaffService } from './queries';
import { DIRECTORY_MODERATORS } from './roles';
import { VersionHistory } from './VersionHistory';

/** A service for staff: the public page plus its state, and for its keepers capacity, confirmation and history. */
export function StaffServicePage() {
  const { t } = useTranslation();
  const { serviceId = '' } = useParams();
  const me = useMe().data;
  const service = useStaffService(serviceId);
  const data = service.data;
  const [moderated, setModerated] = useState<string | null>(null);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <div className="directory">
      <Paragraph>
        <RouterLink to="/aanbod">{t('directoryStaff.back')}</RouterLink>
      </Paragraph>
      <PageHeading>{data?.name ?? t('publicDirectory.serviceTitle')}</PageHeading>
      {notice && <StatusMessage>{notice}</StatusMessage>}
      <QueryStatus isPending={service.isPending} error={service.error} />
      {data && (
        <>
          <KeeperPanel service={data} />
          {moderated && <StatusMessage>{moderated}</StatusMessage>}
          {hasRole(me, DIRECTORY_MODERATORS) && data.moderationState !== 'approved' && <ModerationForm service={data} onDone={setModerated} />}
          {data.canEdit && <CapacityForm service={data} />}
          {data.canEdit && <KeptPlaces service={data} />}
          <ServiceDetails service={data} />
          {data.canEdit && <VersionHistory serviceId={data.id} />}
        </>
      )}
    </div>
  );
}
