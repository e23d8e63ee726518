import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextField, useAppForm } from '../../../ui/form';
import { TextareaField } from '../../households/ui/TextareaField';
import { date, required, requireWhen, text, today } from '../form-fields';
import { useCaseChange } from '../queries';
import { StepFormShell, type StepFormProps } from './StepFormShell';

const Form = z.object({
  whom: required, consultedOn: date, advice: required,
  extraKind: z.enum(['', 'veilig_thuis', 'specialist']), extraWhom: text, extraOn: z.string(), extraAdvice: text,
}).superRefine((v, ctx) => {
  if (!v.extraKind) return;
  requireWhen(ctx, v.extraWhom, 'extraWhom');
  requireWhen(ctx, v.extraOn, 'extraOn');
  requireWhen(ctx, v.extraAdvice, 'extraAdvice');
});

/** Step 2: the consultation with a colleague, and if needed Veilig Thuis (advice) or a specialist. */
export function ConsultationForm({ caseId, onDone }: StepFormProps) {
  const { t } = useTranslation();
  const change = useCaseChange(caseId);
  const controller = useAppForm({
    id: 'meldcode-step-2',
    schema: Form,
    defaultValues: { whom: '', consultedOn: today(), advice: '', extraKind: '', extraWhom: '', extraOn: '', extraAdvice: '' },
    fields: {
      whom: { label: t('meldcode.consultation.whom'), hint: t('meldcode.consultation.whomHint') },
      consultedOn: { label: t('meldcode.consultation.consultedOn') },
      advice: { label: t('meldcode.consultation.advice') },
      extraKind: { label: t('meldcode.consultation.extraKind') },
      extraWhom: { label: t('meldcode.consultation.extraWhom') },
      extraOn: { label: t('meldcode.consultation.extraOn') },
      extraAdvice: { label: t('meldcode.consultation.extraAdvice') },
    },
    onSubmit: async (v) => {
      const consultations = [{ kind: 'colleague', whom: v.whom, consultedOn: v.consultedOn, advice: v.advice }];
      if (v.extraKind) consultations.push({ kind: v.extraKind, whom: v.extraWhom, consultedOn: v.extraOn, advice: v.extraAdvice });
      await change('POST', '/step-records', { step: 2, consultations });
      onDone(t('meldcode.stepDone', { step: 2 }));
    },
  });
  const extra = controller.form.watch('extraKind');
  return (
    <StepFormShell controller={controller}>
      <TextField name="whom" />
      <TextField name="consultedOn" type="date" />
      <TextareaField name="advice" />
      <SelectField name="extraKind" options={['', 'veilig_thuis', 'specialist'].map((k) => ({ value: k, label: t(`meldcode.consultation.kind.${k || 'none'}`) }))} />
      {extra && (
        <>
          <TextField name="extraWhom" />
          <TextField name="extraOn" type="date" />
          <TextareaField name="extraAdvice" />
        </>
      )}
    </StepFormShell>
  );
}
