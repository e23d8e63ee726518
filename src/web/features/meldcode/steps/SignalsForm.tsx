import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TextField, useAppForm } from '../../../ui/form';
import { TextareaField } from '../../households/ui/TextareaField';
import { date, required, today } from '../form-fields';
import { useCaseChange } from '../queries';
import { StepFormShell, type StepFormProps } from './StepFormShell';

const Form = z.object({ observedOn: date, observedBy: required, description: required });

/** Step 1: what was seen or heard, by whom and when. */
export function SignalsForm({ caseId, onDone }: StepFormProps) {
  const { t } = useTranslation();
  const change = useCaseChange(caseId);
  const controller = useAppForm({
    id: 'meldcode-step-1',
    schema: Form,
    defaultValues: { observedOn: today(), observedBy: '', description: '' },
    fields: {
      observedOn: { label: t('meldcode.signals.observedOn') },
      observedBy: { label: t('meldcode.signals.observedBy'), hint: t('meldcode.signals.observedByHint') },
      description: { label: t('meldcode.signals.description'), hint: t('meldcode.signals.descriptionHint') },
    },
    onSubmit: async (v) => {
      await change('POST', '/step-records', { step: 1, signals: [v] });
      onDone(t('meldcode.stepDone', { step: 1 }));
    },
  });
  return (
    <StepFormShell controller={controller}>
      <TextField name="observedOn" type="date" />
      <TextField name="observedBy" />
      <TextareaField name="description" />
    </StepFormShell>
  );
}
