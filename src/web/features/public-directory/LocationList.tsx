import { Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { LocationView } from '../../../contracts/directory';
import { postcode, routeUrl } from './format';

/** Each place with its address, how to get there, a route link (OpenStreetMap) and accessibility. */
export function LocationList({ locations }: { locations: LocationView[] }) {
  const { t } = useTranslation();
  return (
    <>
      {locations.map((location) => (
        <div key={location.id} className="directory-location">
          {location.name && <Heading3>{location.name}</Heading3>}
          {location.address && (
            <Paragraph>
              {location.address.address1}
              {location.address.address2 && <>, {location.address.address2}</>}
              <br />
              {postcode(location.address.postalCode)} {location.address.city}
            </Paragraph>
          )}
          {location.latitude !== null && location.longitude !== null && (
            <Paragraph>
              <Link href={routeUrl(location.latitude, location.longitude)} rel="noopener noreferrer" target="_blank">
                {t('directoryService.route')}
                <span className="directory__visually-hidden"> {t('directoryService.newWindow')}</span>
              </Link>
            </Paragraph>
          )}
          {location.transportation && <Paragraph>{location.transportation}</Paragraph>}
          {location.accessibility.length > 0 && (
            <Paragraph>
              {t('directoryService.accessibility')}: {location.accessibility.map((a) => [a.description, a.details].filter(Boolean).join(' – ')).join('; ')}
            </Paragraph>
          )}
        </div>
      ))}
    </>
  );
}
