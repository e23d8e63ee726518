import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation as useRouterLocation, useParams } from 'react-router';
import type { LocationDetail } from '../../../contracts/directory';
import { isProblem } from '../../app/api';
import { AppForm, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { StaleNotice } from '../households/ui/StaleNotice';
import '../public-directory/directory.css';
import { LocationForm, locationChanges, locationValues } from './location-form';
import { locationKeys, useLocation, useUpdateLocation } from './location-queries';
import { LocationFields, locationFieldLabels } from './LocationFields';
import { LOCATIONS_PATH } from './LocationsPage';
import { ServicesAtLocation } from './ServicesAtLocation';
import { LocationVersionHistory } from './VersionHistory';

/** A place: its details (edited with If-Match by whoever keeps it), the services offered there, and its history. */
export function LocationPage() {
  const { t } = useTranslation();
  const { locationId = '' } = useParams();
  const notice = (useRouterLocation().state as { notice?: string } | null)?.notice;
  const location = useLocation(locationId);
  const data = location.data;
  const [message, setMessage] = useState<string | null>(notice ?? null);
  return (
    <div className="directory">
      <Paragraph>
        <RouterLink to={LOCATIONS_PATH}>{t('directoryKeeping.locations.back')}</RouterLink>
      </Paragraph>
      <PageHeading>{data?.name ?? t('directoryKeeping.location.title')}</PageHeading>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={location.isPending} error={location.error} />
      {data && (
        <>
          <Paragraph>
            {data.latitude !== null && data.longitude !== null
              ? t('directoryKeeping.location.point', { lat: data.latitude.toFixed(5), lng: data.longitude.toFixed(5) })
              : t('directoryKeeping.location.noPoint')}
          </Paragraph>
          {data.canEdit ? <EditLocationForm key={data.version} location={data} onSaved={() => setMessage(t('directoryKeeping.location.saved'))} /> : <Paragraph>{t('directoryKeeping.location.cannotEdit')}</Paragraph>}
          <ServicesAtLocation location={data} />
          {data.canEdit && <LocationVersionHistory locationId={data.id} />}
        </>
      )}
    </div>
  );
}

function EditLocationForm({ location, onSaved }: { location: LocationDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateLocation(location.id);
  const [stale, setStale] = useState(false);
  const controller = useAppForm({
    id: 'edit-location',
    schema: LocationForm,
    defaultValues: locationValues(location),
    fields: locationFieldLabels(t),
    onSubmit: async (values) => {
      const changes = locationChanges(location, values);
      if (Object.keys(changes).length > 0) await update.mutateAsync({ version: location.version, changes });
      onSaved();
    },
    onError: (error) => {
      if (!isProblem(error, 'precondition_failed')) return false;
      setStale(true);
      return true;
    },
  });
  return (
    <section aria-labelledby="location-form-title" className="directory-service__block">
      <Heading2 id="location-form-title">{t('directoryKeeping.location.details')}</Heading2>
      {stale && <StaleNotice onReload={() => void queryClient.invalidateQueries({ queryKey: locationKeys.location(location.id) })} />}
      <AppForm controller={controller}>
        <LocationFields />
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </div>
      </AppForm>
    </section>
  );
}
