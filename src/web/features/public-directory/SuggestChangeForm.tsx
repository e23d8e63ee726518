import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChangeSuggestionInput } from '../../../contracts/directory';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { StatusMessage } from '../../ui/StatusMessage';
import { TextareaField } from '../households/ui/TextareaField';

const SuggestionForm = z
  .object({ message: ChangeSuggestionInput.shape.message, name: z.string().trim().max(200), email: z.union([z.literal(''), z.email().max(254)]) })
  .transform((v) => ({ message: v.message, name: v.name || null, email: v.email || null }));

/** "Wijziging voorstellen": anyone may tell the team that something on the page is wrong or old. */
export function SuggestChangeForm({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const send = useMutation({ mutationFn: (body: z.output<typeof SuggestionForm>) => api.post(`/api/v1/public/services/${encodeURIComponent(serviceId)}/change-suggestions`, body) });
  const controller = useAppForm({
    id: 'suggest-change',
    schema: SuggestionForm,
    defaultValues: { message: '', name: '', email: '' },
    fields: {
      message: { label: t('suggestChange.message'), hint: t('suggestChange.messageHint') },
      name: { label: t('suggestChange.name') },
      email: { label: t('suggestChange.email'), hint: t('suggestChange.emailHint') },
    },
    onSubmit: async (values) => {
      await send.mutateAsync(values);
      controller.form.reset();
      setSent(true);
    },
  });
  return (
    <section aria-labelledby="suggest-change-title" className="directory-service__block">
      <Heading2 id="suggest-change-title">{t('suggestChange.title')}</Heading2>
      <Paragraph>{t('suggestChange.intro')}</Paragraph>
      {sent && <StatusMessage>{t('suggestChange.sent')}</StatusMessage>}
      <AppForm controller={controller}>
        <TextareaField name="message" rows={4} />
        <TextField name="name" autoComplete="name" maxLength={200} />
        <TextField name="email" type="email" autoComplete="email" maxLength={254} spellCheck={false} />
        <div>
          <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('suggestChange.submit')}
          </Button>
        </div>
      </AppForm>
    </section>
  );
}
