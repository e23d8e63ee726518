import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { allowedDecisions, reportRequired } from '../../../../contracts/meldcode';
import { SelectField, TextField, useAppForm } from '../../../ui/form';
import { TextareaField } from '../../households/ui/TextareaField';
import { required, requireWhen, text, today } from '../form-fields';
import { useCaseChange } from '../queries';
import { StepFormShell, type StepFormProps } from './StepFormShell';

const Form = z.object({
  decision: z.enum(['organise_help', 'report', 'no_suspicion']), alsoOrganiseHelp: z.enum(['yes', 'no']),
  helpPlan: text, reportedOn: z.string(), veiligThuisReference: z.string().trim().max(100), explanation: required,
}).superRefine((v, ctx) => {
  if (v.decision === 'report') {
    requireWhen(ctx, v.reportedOn, 'reportedOn');
    requireWhen(ctx, v.veiligThuisReference, 'veiligThuisReference');
  }
  if (v.decision === 'organise_help' || (v.decision === 'report' && v.alsoOrganiseHelp === 'yes')) requireWhen(ctx, v.helpPlan, 'helpPlan');
});

/** Step 5: the decision, limited to what the afwegingskader's answers allow. */
export function DecisionForm({ caseId, onDone, answers }: StepFormProps & { answers: boolean[] }) {
  const { t } = useTranslation();
  const change = useCaseChange(caseId);
  const allowed = allowedDecisions(answers);
  const controller = useAppForm({
    id: 'meldcode-step-5',
    schema: Form,
    defaultValues: { decision: allowed[0], alsoOrganiseHelp: 'no', helpPlan: '', reportedOn: today(), veiligThuisReference: '', explanation: '' },
    fields: {
      decision: { label: t('meldcode.decision.decision') },
      alsoOrganiseHelp: { label: t('meldcode.decision.alsoOrganiseHelp') },
      helpPlan: { label: t('meldcode.decision.helpPlan'), hint: t('meldcode.decision.helpPlanHint') },
      reportedOn: { label: t('meldcode.decision.reportedOn') },
      veiligThuisReference: { label: t('meldcode.decision.veiligThuisReference') },
      explanation: { label: t('meldcode.decision.explanation') },
    },
    onSubmit: async (v) => {
      const report = v.decision === 'report';
      const helps = v.decision === 'organise_help' || (report && v.alsoOrganiseHelp === 'yes');
      await change('POST', '/step-records', {
        step: 5, decision: v.decision, alsoOrganiseHelp: report && v.alsoOrganiseHelp === 'yes', helpPlan: helps ? v.helpPlan : null,
        reportedOn: report ? v.reportedOn : null, veiligThuisReference: report ? v.veiligThuisReference : null, explanation: v.explanation,
      });
      onDone(t('meldcode.stepDone', { step: 5 }));
    },
  });
  const decision = controller.form.watch('decision');
  const alsoHelp = controller.form.watch('alsoOrganiseHelp') === 'yes';
  return (
    <StepFormShell controller={controller}>
      <Paragraph>{t(!answers[0] ? 'meldcode.decision.noSuspicion' : reportRequired(answers) ? 'meldcode.decision.mustReport' : 'meldcode.decision.mayChoose')}</Paragraph>
      <SelectField name="decision" options={allowed.map((d) => ({ value: d, label: t(`meldcode.decisions.${d}`) }))} />
      {decision === 'report' && (
        <>
          <TextField name="reportedOn" type="date" />
          <TextField name="veiligThuisReference" />
          <SelectField name="alsoOrganiseHelp" options={[{ value: 'no', label: t('meldcode.no') }, { value: 'yes', label: t('meldcode.yes') }]} />
        </>
      )}
      {(decision === 'organise_help' || (decision === 'report' && alsoHelp)) && <TextareaField name="helpPlan" />}
      <TextareaField name="explanation" />
    </StepFormShell>
  );
}
