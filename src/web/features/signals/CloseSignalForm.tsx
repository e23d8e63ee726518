import { Button, Heading2 } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SignalOutcome } from '../../../contracts/signals';
import { api } from '../../app/api';
import { AppForm, SelectField, useAppForm } from '../../ui/form';
import { TextareaField } from '../households/ui/TextareaField';
import { requiredText } from './form-rules';
import { signalKeys, type SignalDetail } from './queries';

/** Close with an outcome and a reason: advice, a referral elsewhere (in words), household support, or no action. */
export function CloseSignalForm({ signal, onDone }: { signal: SignalDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const outcomes = SignalOutcome.options.filter((o) => o !== 'household_support' || signal.householdId);
  const controller = useAppForm({
    id: 'close-signal',
    schema: z.object({ outcome: SignalOutcome, reason: requiredText(2000) }),
    defaultValues: { outcome: outcomes[0] ?? 'advised', reason: '' },
    fields: { outcome: { label: t('signals.close.outcome') }, reason: { label: t('signals.close.reason'), hint: t('signals.close.reasonHint') } },
    onSubmit: async (input) => {
      const updated = await api.post<SignalDetail>(`/api/v1/signals/${signal.id}/closures`, input);
      queryClient.setQueryData(signalKeys.detail(signal.id), updated);
      await queryClient.invalidateQueries({ queryKey: ['signals', 'queue'] });
      onDone();
    },
  });
  return (
    <section aria-labelledby="close-signal-title">
      <Heading2 id="close-signal-title">{t('signals.close.title')}</Heading2>
      <AppForm controller={controller}>
        <SelectField name="outcome" options={outcomes.map((o) => ({ value: o, label: t(`signals.outcome.${o}`) }))} />
        <TextareaField name="reason" rows={3} />
        <div>
          <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>{t('signals.close.submit')}</Button>
        </div>
      </AppForm>
    </section>
  );
}
