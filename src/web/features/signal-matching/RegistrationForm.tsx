import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { dayField, OptionalBsnField, requiredText } from '../households/ui/bsn-field';
import { signalMatchKeys, type Registration } from './queries';

const RegistrationFormSchema = z.object({
  givenName: requiredText('requiredGivenName'), familyName: requiredText('requiredFamilyName'), birthDate: dayField('requiredBirthDate', { past: true }),
  bsn: OptionalBsnField, organisationName: requiredText('required'), contactPhone: z.string().trim().regex(/^\+?[0-9 ()-]{6,40}$/), ownReference: z.string().trim().max(100),
});
type Values = z.infer<typeof RegistrationFormSchema>;

/** "Betrokkenheid melden": who the young person is (kept only as a key) and how others reach you. */
export function RegistrationForm({ onSaved }: { onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty: Values = { givenName: '', familyName: '', birthDate: '', bsn: '', organisationName: '', contactPhone: '', ownReference: '' };
  const text = (key: string, hint = false) => ({ label: t(`signalMatching.${key}`), ...(hint ? { hint: t(`signalMatching.${key}Hint`) } : {}) });
  const controller = useAppForm({
    id: 'signal-match',
    schema: RegistrationFormSchema,
    defaultValues: empty,
    fields: {
      givenName: text('givenName'), familyName: text('familyName'), birthDate: text('birthDate'), bsn: text('bsn', true),
      organisationName: text('organisationName'), contactPhone: text('contactPhone', true), ownReference: text('ownReference', true),
    },
    onSubmit: async ({ bsn, ...values }) => {
      const saved = await api.post<Registration>('/api/v1/signal-match-registrations', { ...values, ...(bsn ? { bsn } : {}) });
      controller.form.reset({ ...empty, organisationName: values.organisationName, contactPhone: values.contactPhone });
      await queryClient.invalidateQueries({ queryKey: signalMatchKeys.all });
      onSaved(t('signalMatching.saved', { count: saved.matches }));
    },
  });
  return (
    <AppForm controller={controller}>
      <TextField name="givenName" autoComplete="off" />
      <TextField name="familyName" autoComplete="off" />
      <TextField name="birthDate" type="date" />
      <TextField name="bsn" inputMode="numeric" autoComplete="off" />
      <TextField name="organisationName" autoComplete="organization" />
      <TextField name="contactPhone" type="tel" autoComplete="tel" />
      <TextField name="ownReference" autoComplete="off" />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('signalMatching.save')}
        </Button>
      </div>
    </AppForm>
  );
}
