import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextField, useAppForm } from '../../../ui/form';
import { TextareaField } from '../../households/ui/TextareaField';
import { date, required, today } from '../form-fields';
import { useCaseChange } from '../queries';
import { StepFormShell, type StepFormProps } from './StepFormShell';

const Q = [1, 2, 3, 4, 5] as const;
const answer = z.enum(['yes', 'no']);
const Form = z.object(Object.fromEntries(Q.flatMap((q) => [[`answer${q}`, answer], [`explanation${q}`, required], [`on${q}`, date]])) as Record<string, z.ZodString>);

/** Step 4: the afwegingskader — each of the five questions (in the tenant's wording) answered, explained and dated. */
export function WeighingForm({ caseId, onDone, questions }: StepFormProps & { questions: string[] }) {
  const { t } = useTranslation();
  const change = useCaseChange(caseId);
  const controller = useAppForm({
    id: 'meldcode-step-4',
    schema: Form,
    defaultValues: Object.fromEntries(Q.flatMap((q) => [[`answer${q}`, ''], [`explanation${q}`, ''], [`on${q}`, today()]])),
    fields: Object.fromEntries(Q.flatMap((q) => [
      [`answer${q}`, { label: t('meldcode.weighing.answer', { q }) }],
      [`explanation${q}`, { label: t('meldcode.weighing.explanation', { q }) }],
      [`on${q}`, { label: t('meldcode.weighing.on', { q }) }],
    ])),
    onSubmit: async (v) => {
      const answers = Q.map((q) => ({ answer: v[`answer${q}`] === 'yes', explanation: v[`explanation${q}`], answeredOn: v[`on${q}`] }));
      await change('POST', '/step-records', { step: 4, answers });
      onDone(t('meldcode.stepDone', { step: 4 }));
    },
  });
  const options = [{ value: '', label: t('meldcode.choose') }, { value: 'yes', label: t('meldcode.yes') }, { value: 'no', label: t('meldcode.no') }];
  return (
    <StepFormShell controller={controller}>
      {Q.map((q) => (
        <Fieldset key={q}>
          <FieldsetLegend>{t('meldcode.weighing.question', { q, text: questions[q - 1] ?? '' })}</FieldsetLegend>
          <SelectField name={`answer${q}`} options={options} />
          <TextareaField name={`explanation${q}`} rows={2} />
          <TextField name={`on${q}`} type="date" />
        </Fieldset>
      ))}
    </StepFormShell>
  );
}
