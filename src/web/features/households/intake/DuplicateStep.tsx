import { Alert, Button, ButtonGroup, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../ui/RouterLink';
import { useFocusOnMount } from '../../../ui/useFocusOnMount';
import type { Match } from '../queries';

/**
 * Step 2 of the intake: this family may already be known. A match inside the coach's access is
 * shown with a link; one outside it only says which team knows it and whom to ask.
 */
export function DuplicateStep({ matches, busy, error, onCreate, onBack }: { matches: Match[]; busy: boolean; error: string | null; onCreate: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="intake-duplicates">
      <Heading2 id="intake-duplicates" ref={headingRef} tabIndex={-1}>
        {t('households.duplicates.title')}
      </Heading2>
      <Alert type="warning">
        <Paragraph>{t('households.duplicates.intro', { count: matches.length })}</Paragraph>
      </Alert>
      <UnorderedList>
        {matches.map((match, index) => (
          <UnorderedListItem key={match.householdId ?? `hidden-${index}`}>
            {match.visible && match.householdId ? (
              <>
                <RouterLink to={`/huishoudens/${match.householdId}`}>{match.householdName}</RouterLink>
                {match.teamName && ` (${match.teamName})`}
              </>
            ) : (
              t('households.duplicates.hidden', { team: match.teamName ?? t('common.unknown'), contact: match.contactName ?? t('common.unknown') })
            )}
            {!match.visible && match.contactEmail && (
              <>
                {' '}
                <a className="utrecht-link" href={`mailto:${match.contactEmail}`}>
                  {match.contactEmail}
                </a>
              </>
            )}
            <br />
            {t('households.duplicates.because')} {match.reasons.map((reason) => t(`households.duplicates.reason.${reason}`)).join(', ')}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={busy} onClick={onCreate}>
          {t('households.duplicates.createAnyway')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onBack}>
          {t('households.duplicates.back')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
