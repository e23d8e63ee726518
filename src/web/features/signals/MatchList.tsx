import { Alert, Button, ButtonGroup, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../ui/form';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import type { Match } from './queries';

/**
 * The outcome of the duplicate check: a match inside the coach's access can be linked; one outside it
 * only says which team knows it and whom to ask. A new household is always possible.
 */
export function MatchList({ matches, onLink, onCreate }: { matches: Match[]; onLink: (householdId: string) => Promise<void>; onCreate: () => Promise<void> }) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(problemMessage(failure, t));
      setBusy(false);
    }
  };
  return (
    <div>
      <Heading3 ref={headingRef} tabIndex={-1}>{t('signals.link.matches')}</Heading3>
      {matches.length === 0 && <Paragraph>{t('signals.link.noMatches')}</Paragraph>}
      <UnorderedList>
        {matches.map((m, index) => (
          <UnorderedListItem key={m.householdId ?? `hidden-${index}`}>
            {m.visible && m.householdId ? (
              <Button appearance="secondary-action-button" disabled={busy} onClick={() => void run(() => onLink(m.householdId!))}>{t('signals.link.linkTo', { name: m.householdName })}</Button>
            ) : (
              t('signals.link.hidden', { team: m.teamName ?? t('common.unknown'), contact: m.contactName ?? t('common.unknown') })
            )}{' '}
            {t('signals.link.because')} {m.reasons.map((r) => t(`households.duplicates.reason.${r}`)).join(', ')}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {error && <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert>}
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={busy} onClick={() => void run(onCreate)}>{t('signals.link.createNew')}</Button>
      </ButtonGroup>
    </div>
  );
}
