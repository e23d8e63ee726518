import { Button, FormField, FormFieldDescription, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../ui/form';
import { findServices, type ServiceOption } from './queries';

/** A look-up of services by name; the results fill the service choice of the referral form. */
export function ServiceSearch({ onFound }: { onFound: (services: ServiceOption[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      const { items } = await findServices(text.trim());
      onFound(items);
      setNote(items.length ? null : t('referrals.noResults'));
    } catch (error) {
      setNote(problemMessage(error, t));
    }
  };
  return (
    <form role="search" aria-label={t('referrals.search')} onSubmit={(e) => void search(e)}>
      <FormField
        label={<FormLabel htmlFor={`${id}-q`}>{t('referrals.search')}</FormLabel>}
        description={<FormFieldDescription id={`${id}-hint`}>{t('referrals.searchHint')}</FormFieldDescription>}
        input={<Textbox id={`${id}-q`} type="search" value={text} aria-describedby={`${id}-hint`} onChange={(e) => setText(e.target.value)} />}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('referrals.searchButton')}
      </Button>
      {note && <Paragraph role="status">{note}</Paragraph>}
    </form>
  );
}
