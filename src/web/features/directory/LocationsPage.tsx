import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { OrganizationView } from '../../../contracts/directory';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { ButtonLink } from '../households/ui/ButtonLink';
import '../public-directory/directory.css';
import { useMyOrganizations, useOrganizationLocations } from './location-queries';

export const LOCATIONS_PATH = '/aanbod/locaties';
export const locationPath = (id: string) => `${LOCATIONS_PATH}/${id}`;
export const newLocationPath = (organizationId: string) => `${LOCATIONS_PATH}/nieuw?organisatie=${encodeURIComponent(organizationId)}`;

/** "Locaties": the places of each organisation I keep, with "new place". */
export function LocationsPage() {
  const { t } = useTranslation();
  const organizations = useMyOrganizations();
  const items = organizations.data?.items ?? [];
  return (
    <div className="directory">
      <Paragraph>
        <RouterLink to="/aanbod/mijn">{t('directoryKeeping.backToMine')}</RouterLink>
      </Paragraph>
      <PageHeading>{t('directoryKeeping.locations.title')}</PageHeading>
      <Paragraph>{t('directoryKeeping.locations.intro')}</Paragraph>
      <QueryStatus isPending={organizations.isPending} error={organizations.error} />
      {organizations.data && items.length === 0 && <Paragraph>{t('directoryKeeping.locations.noOrganizations')}</Paragraph>}
      {items.map((organization) => (
        <OrganizationPlaces key={organization.id} organization={organization} />
      ))}
    </div>
  );
}

function OrganizationPlaces({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const places = useOrganizationLocations(organization.id);
  const items = places.data?.items ?? [];
  return (
    <section aria-labelledby={`org-${organization.id}`} className="directory-service__block">
      <Heading2 id={`org-${organization.id}`}>{organization.name}</Heading2>
      <QueryStatus isPending={places.isPending} error={places.error} />
      {places.data && items.length === 0 && <Paragraph>{t('directoryKeeping.locations.empty')}</Paragraph>}
      <ul className="directory-places">
        {items.map((place) => (
          <li key={place.id}>
            <RouterLink to={locationPath(place.id)}>{place.name ?? t('directoryKeeping.location.unnamed')}</RouterLink>
            {place.address && ` — ${place.address.address1}, ${place.address.postalCode} ${place.address.city}`}
          </li>
        ))}
      </ul>
      <ButtonLink to={newLocationPath(organization.id)}>{t('directoryKeeping.locations.add', { organization: organization.name })}</ButtonLink>
    </section>
  );
}
