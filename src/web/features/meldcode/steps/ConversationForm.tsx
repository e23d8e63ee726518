import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextField, useAppForm } from '../../../ui/form';
import { TextareaField } from '../../households/ui/TextareaField';
import { requireWhen, text, today } from '../form-fields';
import { useCaseChange } from '../queries';
import { StepFormShell, type StepFormProps } from './StepFormShell';

const REASONS = ['child_safety', 'client_safety', 'own_safety', 'other'] as const;
const Form = z.object({
  held: z.enum(['yes', 'no']), heldOn: z.string(), withWhom: text, summary: text,
  notHeldReason: z.enum(['', ...REASONS]), notHeldExplanation: text,
}).superRefine((v, ctx) => {
  const needed = v.held === 'yes' ? (['heldOn', 'withWhom', 'summary'] as const) : (['notHeldReason', 'notHeldExplanation'] as const);
  for (const field of needed) requireWhen(ctx, v[field], field);
});

/** Step 3: the conversation with the client — who, when, what was said — or why it did not take place. */
export function ConversationForm({ caseId, onDone }: StepFormProps) {
  const { t } = useTranslation();
  const change = useCaseChange(caseId);
  const controller = useAppForm({
    id: 'meldcode-step-3',
    schema: Form,
    defaultValues: { held: 'yes', heldOn: today(), withWhom: '', summary: '', notHeldReason: '', notHeldExplanation: '' },
    fields: {
      held: { label: t('meldcode.conversation.held') },
      heldOn: { label: t('meldcode.conversation.heldOn') },
      withWhom: { label: t('meldcode.conversation.withWhom') },
      summary: { label: t('meldcode.conversation.summary') },
      notHeldReason: { label: t('meldcode.conversation.notHeldReason') },
      notHeldExplanation: { label: t('meldcode.conversation.notHeldExplanation') },
    },
    onSubmit: async (v) => {
      const held = v.held === 'yes';
      await change('POST', '/step-records', {
        step: 3, held, heldOn: held ? v.heldOn : null, withWhom: held ? v.withWhom : null, summary: held ? v.summary : null,
        notHeldReason: held ? null : v.notHeldReason, notHeldExplanation: held ? null : v.notHeldExplanation,
      });
      onDone(t('meldcode.stepDone', { step: 3 }));
    },
  });
  const held = controller.form.watch('held') === 'yes';
  return (
    <StepFormShell controller={controller}>
      <SelectField name="held" options={[{ value: 'yes', label: t('meldcode.yes') }, { value: 'no', label: t('meldcode.no') }]} />
      {held ? (
        <>
          <TextField name="heldOn" type="date" />
          <TextField name="withWhom" />
          <TextareaField name="summary" />
        </>
      ) : (
        <>
          <SelectField name="notHeldReason" options={['', ...REASONS].map((r) => ({ value: r, label: t(`meldcode.notHeld.${r || 'choose'}`) }))} />
          <TextareaField name="notHeldExplanation" />
        </>
      )}
    </StepFormShell>
  );
}
