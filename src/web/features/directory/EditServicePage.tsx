import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import '../public-directory/directory.css';
import { EditServiceForm } from './EditServiceForm';
import { useStaffService } from './queries';
import { ScheduleEditor } from './ScheduleEditor';
import { staffServicePath } from './StaffSearchPage';

/** Edit an entry I keep: its text, ages, cost, themes, visibility, and its opening times. */
export function EditServicePage() {
  const { t } = useTranslation();
  const { serviceId = '' } = useParams();
  const service = useStaffService(serviceId);
  const data = service.data;
  return (
    <div className="directory">
      <Paragraph>
        <RouterLink to={staffServicePath(serviceId)}>{t('directoryStaff.backToService')}</RouterLink>
      </Paragraph>
      <PageHeading>{data ? t('directoryStaff.editTitle', { name: data.name }) : t('directoryStaff.edit')}</PageHeading>
      <QueryStatus isPending={service.isPending} error={service.error} />
      {data && !data.canEdit && <Paragraph>{t('directoryStaff.cannotEdit')}</Paragraph>}
      {data?.canEdit && (
        <>
          <EditServiceForm key={`form-${data.version}`} service={data} />
          <ScheduleEditor key={`schedules-${data.version}`} service={data} />
        </>
      )}
    </div>
  );
}
