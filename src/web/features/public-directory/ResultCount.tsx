import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** How many services were found, announced politely to screen-reader users after every search. */
export function ResultCount({ pending, count, more, failed }: { pending: boolean; count: number; more: boolean; failed: boolean }) {
  const { t } = useTranslation();
  const text = failed ? '' : pending ? t('directorySearch.searching') : more ? t('directorySearch.countMore', { count }) : t('directorySearch.count', { count });
  return (
    <Paragraph role="status" aria-live="polite" className="directory__count">
      {text}
    </Paragraph>
  );
}
