import { Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { languageName } from './format';
import type { PublicServiceDetail } from '../../../contracts/directory';

/** Phone numbers, e-mail, website, contact people, and the languages spoken. */
export function ContactBlock({ service }: { service: PublicServiceDetail }) {
  const { t, i18n } = useTranslation();
  const email = service.email ?? service.organization?.email ?? null;
  const website = service.url ?? service.organization?.website ?? null;
  const languages = service.languages.map((l) => languageName(l.code, l.name, i18n.language)).filter(Boolean);
  return (
    <>
      {service.phones.map((phone) => (
        <Paragraph key={phone.number}>
          {t('directoryService.phone')}: <Link href={`tel:${phone.number.replace(/[^+0-9]/g, '')}`}>{phone.number}</Link>
          {phone.description && ` (${phone.description})`}
        </Paragraph>
      ))}
      {email && (
        <Paragraph>
          {t('directoryService.email')}: <Link href={`mailto:${email}`}>{email}</Link>
        </Paragraph>
      )}
      {website && (
        <Paragraph>
          {t('directoryService.website')}: <Link href={website} rel="noopener noreferrer">{website}</Link>
        </Paragraph>
      )}
      {service.contacts.map((contact, index) => (
        <Paragraph key={index}>{[contact.name, contact.title, contact.email].filter(Boolean).join(', ')}</Paragraph>
      ))}
      {languages.length > 0 && <Paragraph>{t('directoryService.languages', { names: languages.join(', ') })}</Paragraph>}
      {service.interpretationServices && <Paragraph>{service.interpretationServices}</Paragraph>}
    </>
  );
}
