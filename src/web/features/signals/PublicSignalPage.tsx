import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignalKind } from '../../../contracts/signals';
import { api } from '../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { CheckboxField } from '../households/ui/CheckboxField';
import { TextareaField } from '../households/ui/TextareaField';
import { EMPTY_PUBLIC, publicSignalSchema } from './public-signal-schema';
import './signals.css';

function Receipt({ reference, onAnother }: { reference: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1}>
      <StatusMessage>{t('signals.public.thanks')}</StatusMessage>
      <Paragraph>{t('signals.public.reference', { reference })}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onAnother}>{t('signals.public.another')}</Button>
    </div>
  );
}

/** "Zorg delen of vraag stellen": the public form for residents, no account needed. */
export function PublicSignalPage() {
  const { t } = useTranslation();
  const [reference, setReference] = useState<string | null>(null);
  const f = (key: string, hint?: string) => ({ label: t(`signals.public.${key}`), ...(hint ? { hint: t(`signals.public.${hint}`) } : {}) });
  const controller = useAppForm({
    id: 'public-signal',
    schema: publicSignalSchema,
    defaultValues: EMPTY_PUBLIC,
    fields: {
      kind: f('kind'), message: f('message', 'messageHint'), aboutName: f('aboutName'), postcode: f('postcode', 'postcodeHint'),
      anonymous: f('anonymous', 'anonymousHint'), name: f('name'), email: f('email', 'emailHint'), phone: f('phone'),
    },
    onSubmit: async (input) => {
      const receipt = await api.post<{ reference: string }>('/api/v1/public/signals', input);
      controller.form.reset(EMPTY_PUBLIC);
      setReference(receipt.reference);
    },
  });
  const anonymous = controller.form.watch('anonymous');
  return (
    <>
      <PageHeading>{t('signals.public.title')}</PageHeading>
      {reference ? (
        <Receipt reference={reference} onAnother={() => setReference(null)} />
      ) : (
        <>
          <Paragraph>{t('signals.public.intro')}</Paragraph>
          <AppForm controller={controller}>
            <SelectField name="kind" options={SignalKind.options.map((k) => ({ value: k, label: t(`signals.public.${k}`) }))} />
            <TextareaField name="message" rows={6} />
            <TextField name="aboutName" autoComplete="off" />
            <TextField name="postcode" autoComplete="postal-code" />
            <CheckboxField name="anonymous" />
            {!anonymous && (
              <>
                <TextField name="name" autoComplete="name" />
                <TextField name="email" type="email" autoComplete="email" spellCheck={false} />
                <TextField name="phone" type="tel" autoComplete="tel" />
              </>
            )}
            {/* Honeypot: out of sight and out of the tab order; people leave it empty, bots fill it. */}
            <div className="wijkwijs-signals-trap" aria-hidden="true">
              <label htmlFor="public-signal-website">{t('signals.public.website')}</label>
              <input id="public-signal-website" type="text" tabIndex={-1} autoComplete="off" {...controller.form.register('website')} />
            </div>
            <div>
              <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>{t('signals.public.submit')}</Button>
            </div>
          </AppForm>
        </>
      )}
    </>
  );
}
