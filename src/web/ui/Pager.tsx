import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { useCursorPages } from './useCursorPages';

/** "Vorige" / "Volgende" buttons for a cursor-paginated list. */
export function Pager({ pages, nextCursor, label }: { pages: ReturnType<typeof useCursorPages>; nextCursor: string | null | undefined; label: string }) {
  const { t } = useTranslation();
  if (pages.pageNumber === 1 && !nextCursor) return null;
  return (
    <nav aria-label={label} className="wijkwijs-pager">
      <Paragraph>{t('pager.page', { number: pages.pageNumber })}</Paragraph>
      <ButtonGroup>
        {pages.pageNumber > 1 && (
          <Button appearance="secondary-action-button" onClick={pages.previous}>
            {t('pager.previous')}
          </Button>
        )}
        {nextCursor && (
          <Button appearance="secondary-action-button" onClick={() => pages.next(nextCursor)}>
            {t('pager.next')}
          </Button>
        )}
      </ButtonGroup>
    </nav>
  );
}
