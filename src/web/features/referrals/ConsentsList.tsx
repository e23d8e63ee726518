import { Button, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ConsentView } from '../../../contracts/consents';
import { formatDay } from '../households/ui/format';

/** The household's consents: for whom, to whom, which information, until when, by whom, and withdrawal. */
export function ConsentsList({ consents, onWithdraw }: { consents: ConsentView[]; onWithdraw: (id: string) => void }) {
  const { t } = useTranslation();
  if (!consents.length) return <Paragraph>{t('referrals.noConsents')}</Paragraph>;
  return (
    <UnorderedList>
      {consents.map((c) => (
        <UnorderedListItem key={c.id}>
          {t('referrals.consentLine', { person: c.personName, recipient: c.recipientName, scope: c.scope.map((s) => t(`referrals.category.${s}`)).join(', '), until: formatDay(c.validUntil) })}.{' '}
          {t('referrals.consentGivenBy', { names: c.givenBy.map((g) => g.name).join(', ') })}. <strong>{c.active ? t('referrals.consentActive') : t('referrals.consentInactive')}</strong>{' '}
          {c.active && (
            <Button appearance="subtle-button" onClick={() => onWithdraw(c.id)}>
              {t('referrals.withdraw')}
            </Button>
          )}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
