import { Alert, Heading2, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  fieldId: string;
  label: string;
  message: string;
}

/**
 * The error summary at the top of a form (NL Design System pattern): a focusable alert whose links
 * move the focus to the field with the error.
 */
export function ErrorSummary({ ref, items, formError }: { ref: Ref<HTMLDivElement>; items: SummaryItem[]; formError: string | null }) {
  const { t } = useTranslation();
  if (items.length === 0 && !formError) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };

  return (
    <Alert ref={ref} type="error" role="alert" tabIndex={-1} className="wijkwijs-error-summary">
      <Heading2>{t('form.errorSummaryTitle')}</Heading2>
      <UnorderedList>
        {formError && <UnorderedListItem>{formError}</UnorderedListItem>}
        {items.map((item) => (
          <UnorderedListItem key={item.fieldId}>
            <Link href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
              {item.label}: {item.message}
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
