import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PublicServiceDetail } from '../../../contracts/directory';
import { ContactBlock } from './ContactBlock';
import { ageRange, capacityText, dateTime, themeName } from './format';
import { LocationList } from './LocationList';
import { OpeningTimes } from './OpeningTimes';

/** Everything a resident needs on one page: what it is, for whom, cost, how to get in, when, where, contact. */
export function ServiceDetails({ service }: { service: PublicServiceDetail }) {
  const { t, i18n } = useTranslation();
  const capacity = capacityText(t, service.placesAvailable, service.waitingWeeks);
  return (
    <div className="directory-service">
      {service.alert && (
        <Alert type="warning">
          <Paragraph>{service.alert}</Paragraph>
        </Alert>
      )}
      <Paragraph className="directory-service__meta">
        {[service.organization?.name ?? service.organizationName, t(`directoryKind.${service.kind}`), service.themes.map((th) => themeName(th, i18n.language)).join(', ')].filter(Boolean).join(' · ')}
      </Paragraph>
      <Paragraph lead>{service.description}</Paragraph>
      <Block title={t('directoryService.forWhom')}>
        <Paragraph>{ageRange(t, service.minimumAge, service.maximumAge)}</Paragraph>
        {service.eligibilityDescription && <Paragraph>{service.eligibilityDescription}</Paragraph>}
        {service.districts.length > 0 && <Paragraph>{t('directoryService.districts', { names: service.districts.map((d) => d.name).join(', ') })}</Paragraph>}
      </Block>
      <Block title={t('directoryService.cost')}>
        <Paragraph>{service.cost ? t(`directoryCost.${service.cost}`) : t('directoryService.costUnknown')}</Paragraph>
        {service.feesDescription && <Paragraph>{service.feesDescription}</Paragraph>}
        {service.costOptions.map((option, index) => (
          <Paragraph key={index}>{[option.option, option.amount !== null ? `€ ${option.amount.toFixed(2)}` : null, option.amountDescription].filter(Boolean).join(' – ')}</Paragraph>
        ))}
      </Block>
      <Block title={t('directoryService.howToApply')}>
        <Paragraph>{service.applicationProcess ?? t('directoryService.howToApplyUnknown')}</Paragraph>
      </Block>
      {capacity && (
        <Block title={t('directoryService.capacity')}>
          <Paragraph>{capacity}</Paragraph>
          {service.capacityUpdatedAt && <Paragraph>{t('directoryService.capacityUpdated', { when: dateTime(service.capacityUpdatedAt, i18n.language) })}</Paragraph>}
        </Block>
      )}
      <Block title={t('directoryService.openingTimes')}>
        <OpeningTimes schedules={service.schedules} />
      </Block>
      {service.locations.length > 0 && (
        <Block title={t('directoryService.where')}>
          <LocationList locations={service.locations} />
        </Block>
      )}
      <Block title={t('directoryService.contact')}>
        <ContactBlock service={service} />
      </Block>
      <Paragraph className="directory-service__updated">{t('directoryService.updated', { when: dateTime(service.updatedAt, i18n.language) })}</Paragraph>
    </div>
  );
}

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="directory-service__block">
      <Heading2>{title}</Heading2>
      {children}
    </section>
  );
}
