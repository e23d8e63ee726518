import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * How many services were found, announced politely to screen-reader users after every search.
 * `total` comes from the search: exact, or (totalExact false) a lower bound, "more than 250".
 */
export function ResultCount({ pending, shown, total, totalExact, failed }: { pending: boolean; shown: number; total: number; totalExact: boolean; failed: boolean }) {
  const { t } = useTranslation();
  const text = failed ? ''
    : pending ? t('directorySearch.searching')
    : !totalExact ? t('directorySearch.countMoreThan', { count: total, shown })
    : shown < total ? t('directorySearch.countShown', { count: total, shown })
    : t('directorySearch.count', { count: total });
  return (
    <Paragraph role="status" aria-live="polite" className="directory__count">
      {text}
    </Paragraph>
  );
}
