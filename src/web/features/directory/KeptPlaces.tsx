import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ServiceDetail } from '../../../contracts/directory';
import { hasRole, useMe } from '../../app/session';
import { RouterLink } from '../../ui/RouterLink';
import { ButtonLink } from '../households/ui/ButtonLink';
import { locationPath, newLocationPath } from './LocationsPage';
import { LOCATION_KEEPERS } from './roles';

/** For the keeper of a service: its places, each to edit, and a new place of its organisation. */
export function KeptPlaces({ service }: { service: ServiceDetail }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const organizationId = service.organization?.id ?? null;
  return (
    <section aria-labelledby="kept-places" className="directory-service__block">
      <Heading2 id="kept-places">{t('directoryKeeping.places.title')}</Heading2>
      <Paragraph>{t(service.locations.length === 0 ? 'directoryKeeping.places.none' : 'directoryKeeping.places.intro')}</Paragraph>
      <ul className="directory-places">
        {service.locations.map((l) => (
          <li key={l.id}>
            <RouterLink to={locationPath(l.id)}>{l.name ?? l.address?.address1 ?? t('directoryKeeping.location.unnamed')}</RouterLink>
          </li>
        ))}
      </ul>
      {organizationId && hasRole(me, LOCATION_KEEPERS) && <ButtonLink to={newLocationPath(organizationId)}>{t('directoryKeeping.places.add')}</ButtonLink>}
    </section>
  );
}
