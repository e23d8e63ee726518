import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { PUBLIC_DIRECTORY_PATH } from './PublicSearchPage';
import { usePublicService } from './queries';
import { ServiceDetails } from './ServiceDetails';
import { SuggestChangeForm } from './SuggestChangeForm';
import './directory.css';

/** A service's public page, with a form to tell the team something is wrong. */
export function PublicServicePage() {
  const { t } = useTranslation();
  const { serviceId = '' } = useParams();
  const service = usePublicService(serviceId);
  return (
    <div className="directory">
      <Paragraph>
        <RouterLink to={PUBLIC_DIRECTORY_PATH}>{t('publicDirectory.back')}</RouterLink>
      </Paragraph>
      {service.data ? (
        <>
          <PageHeading>{service.data.name}</PageHeading>
          <ServiceDetails service={service.data} />
          <SuggestChangeForm serviceId={service.data.id} />
        </>
      ) : (
        <>
          <PageHeading>{t('publicDirectory.serviceTitle')}</PageHeading>
          <QueryStatus isPending={service.isPending} error={service.error} />
        </>
      )}
    </div>
  );
}
