import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SharedInformation } from '../../../contracts/referrals';

/** What a referral shared, as it was at send time; or why nothing can be seen. */
export function SharedInformationList({ shared, consentActive, message }: { shared: SharedInformation | null; consentActive: boolean; message?: string }) {
  const { t } = useTranslation();
  if (!shared) return <Paragraph>{consentActive ? t('referrals.sharedNothing') : t('referrals.sharedWithdrawn')}</Paragraph>;
  const f = (key: string) => t(`referrals.field.${key}`);
  const lines: [string, string][] = [];
  if (shared.name) lines.push([f('name'), shared.name]);
  if (shared.contact) lines.push([f('contact'), [shared.contact.phone, shared.contact.email, shared.contact.address].filter(Boolean).join(', ') || '—']);
  if (shared.birthDate) lines.push([f('birthDate'), `${shared.birthDate} (${shared.age ?? '?'})`]);
  if (shared.household) lines.push([f('household'), shared.household.map((m) => `${m.givenName}${m.age === null ? '' : ` (${m.age})`}`).join(', ')]);
  if (shared.story !== undefined) lines.push([f('story'), shared.story || '—']);
  if (shared.goals) lines.push([f('goals'), shared.goals.join('; ') || '—']);
  if (shared.safety !== undefined) lines.push([f('safety'), shared.safety ? `${shared.safety.dangerStatements} / ${shared.safety.safetyGoals}` : '—']);
  if (message) lines.push([f('message'), message]);
  if (!lines.length) return <Paragraph>{t('referrals.sharedNothing')}</Paragraph>;
  return (
    <UnorderedList>
      {lines.map(([label, value]) => (
        <UnorderedListItem key={label}>
          <strong>{label}:</strong> {value}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
