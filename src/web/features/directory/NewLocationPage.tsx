import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AppForm, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import '../public-directory/directory.css';
import { EMPTY_LOCATION, LocationForm, newLocationInput } from './location-form';
import { useCreateLocation } from './location-queries';
import { LocationFields, locationFieldLabels } from './LocationFields';
import { locationPath, LOCATIONS_PATH } from './LocationsPage';

/** "Nieuwe locatie" of an organisation I keep; its postcode gives the point on the map. */
export function NewLocationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const organizationId = params.get('organisatie');
  const create = useCreateLocation();
  const controller = useAppForm({
    id: 'new-location',
    schema: LocationForm,
    defaultValues: EMPTY_LOCATION,
    fields: locationFieldLabels(t),
    onSubmit: async (values) => {
      const created = await create.mutateAsync(newLocationInput(organizationId, values));
      void navigate(locationPath(created.id), { state: { notice: t('directoryKeeping.location.created', { name: created.name }) } });
    },
  });
  return (
    <div className="directory">
      <Paragraph>
        <RouterLink to={LOCATIONS_PATH}>{t('directoryKeeping.locations.back')}</RouterLink>
      </Paragraph>
      <PageHeading>{t('directoryKeeping.location.newTitle')}</PageHeading>
      <AppForm controller={controller}>
        <LocationFields />
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('directoryKeeping.location.create')}
          </Button>
        </div>
      </AppForm>
    </div>
  );
}
