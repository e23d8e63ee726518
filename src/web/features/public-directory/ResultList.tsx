import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../contracts/directory';
import { RouterLink } from '../../ui/RouterLink';
import { ageRange, capacityText, distance, themeName } from './format';

/** The results as a list of cards: the primary, fully accessible view. */
export function ResultList({ items, detailPath }: { items: ServiceSummary[]; detailPath: (id: string) => string }) {
  return (
    <ol className="directory-results">
      {items.map((item) => (
        <li key={item.id}>
          <ResultCard item={item} to={detailPath(item.id)} />
        </li>
      ))}
    </ol>
  );
}

function ResultCard({ item, to }: { item: ServiceSummary; to: string }) {
  const { t, i18n } = useTranslation();
  const capacity = capacityText(t, item.placesAvailable, item.waitingWeeks);
  const facts = [
    item.themes.map((theme) => themeName(theme, i18n.language)).join(', '),
    ageRange(t, item.minimumAge, item.maximumAge),
    item.cost && t(`directoryCost.${item.cost}`),
    item.kind === 'informal' && t('directoryKind.informal'),
    item.distanceKm !== null && t('directoryFormat.distance', { km: distance(item.distanceKm, i18n.language) }),
    item.city,
    item.openNow && t('directoryFormat.openNow'),
    capacity,
  ].filter((fact): fact is string => !!fact);
  return (
    <article className="directory-card">
      <Heading3>
        <RouterLink to={to}>{item.name}</RouterLink>
      </Heading3>
      {item.organizationName && <Paragraph className="directory-card__org">{item.organizationName}</Paragraph>}
      <Paragraph>{item.shortDescription}</Paragraph>
      <ul className="directory-card__facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {(item.moderationState !== 'approved' || item.flagged) && (
        <Paragraph className="directory-card__state">{item.flagged ? t('directoryFormat.flagged') : t(`directoryModeration.${item.moderationState}`)}</Paragraph>
      )}
    </article>
  );
}
