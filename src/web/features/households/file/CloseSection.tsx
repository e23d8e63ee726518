import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { GoalStatus } from '../../../../contracts/plans';
import { api } from '../../../app/api';
import { AppForm, SelectField, useAppForm } from '../../../ui/form';
import { QueryStatus } from '../../../ui/QueryStatus';
import { householdKeys, householdsPath, usePlan, type Goal, type Household } from '../queries';
import { requiredText } from '../ui/bsn-field';
import { TextareaField } from '../ui/TextareaField';
import { useFileContext } from './FileLayout';

const END_STATUSES = GoalStatus.options.filter((s) => s !== 'open');

function CloseForm({ household, goals }: { household: Household; goals: Goal[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const shape: Record<string, z.ZodType> = {
    reason: z.string().trim().refine((v) => v.length >= 3, { message: 'requiredCloseReason' }).refine((v) => v.length <= 2000, { message: 'tooLong' }),
  };
  const defaults: Record<string, string> = { reason: '' };
  const fields: Record<string, { label: string; hint?: string }> = { reason: { label: t('households.close.reason'), hint: t('households.close.reasonHint') } };
  for (const goal of goals) {
    shape[`status_${goal.id}`] = z.enum(END_STATUSES as [string, ...string[]]);
    shape[`evaluation_${goal.id}`] = requiredText('requiredEvaluation', 2000);
    defaults[`status_${goal.id}`] = 'achieved';
    defaults[`evaluation_${goal.id}`] = '';
    fields[`status_${goal.id}`] = { label: t('households.close.status', { goal: goal.ownWords }) };
    fields[`evaluation_${goal.id}`] = { label: t('households.close.evaluation', { goal: goal.ownWords }), hint: t('households.close.evaluationHint') };
  }
  const controller = useAppForm({
    id: 'close-case',
    schema: z.object(shape),
    defaultValues: defaults,
    fields,
    onSubmit: async (values) => {
      const v = values as Record<string, string>;
      await api.post(`${householdsPath(household.id)}/closures`, {
        reason: v.reason,
        goalEvaluations: goals.map((g) => ({ goalId: g.id, status: v[`status_${g.id}`], evaluation: v[`evaluation_${g.id}`] })),
      });
      await queryClient.invalidateQueries({ queryKey: householdKeys.file(household.id) });
      await queryClient.invalidateQueries({ queryKey: householdKeys.lists });
      void navigate(`/huishoudens/${household.id}`, { state: { message: t('households.close.done', { name: household.name }) } });
    },
  });
  return (
    <AppForm controller={controller}>
      <TextareaField name="reason" rows={3} />
      {goals.map((goal) => (
        <Fieldset key={goal.id} className="wijkwijs-fieldset-row">
          <FieldsetLegend>{goal.ownWords}</FieldsetLegend>
          <SelectField name={`status_${goal.id}`} options={END_STATUSES.map((s) => ({ value: s, label: t(`households.goalStatus.${s}`) }))} />
          <TextareaField name={`evaluation_${goal.id}`} rows={2} />
        </Fieldset>
      ))}
      <div>
        <Button type="submit" appearance="primary-action-button" hint="danger" busy={controller.form.formState.isSubmitting}>
          {t('households.close.submit')}
        </Button>
      </div>
    </AppForm>
  );
}

/** Afsluiten: end the case with a reason and an evaluation of every open goal. */
export function CloseSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const plan = usePlan(household.id);
  if (household.status === 'closed') return <Paragraph>{t('households.close.alreadyClosed', { reason: household.closeReason ?? '' })}</Paragraph>;
  if (!(household.access === 'coordinator' || household.access === 'team_lead')) return <Paragraph>{t('households.close.onlyCoordinator')}</Paragraph>;
  if (plan.isPending || plan.error) return <QueryStatus isPending={plan.isPending} error={plan.error} />;
  const open = (plan.data?.goals ?? []).filter((g) => g.status === 'open');
  return (
    <>
      <Paragraph>{t('households.close.intro')}</Paragraph>
      <CloseForm household={household} goals={open} />
    </>
  );
}
