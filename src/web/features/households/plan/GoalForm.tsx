import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { GoalDomain } from '../../../../contracts/plans';
import { api } from '../../../app/api';
import { AppForm, SelectField, useAppForm } from '../../../ui/form';
import type { Prefill } from '../file/prefill';
import { householdKeys, householdsPath, type Goal, type Household } from '../queries';
import { requiredText } from '../ui/bsn-field';
import { TextareaField } from '../ui/TextareaField';

const GoalForm = z.object({ personId: z.string(), domain: GoalDomain, ownWords: requiredText('requiredOwnWords', 1000) });

/** A goal in the family's own words, for one member or for the whole household. */
export function AddGoalForm({ household, prefill, onDone }: { household: Household; prefill?: Prefill['goal']; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = { personId: '', domain: 'home' as const, ownWords: '' };
  const controller = useAppForm({
    id: 'new-goal',
    schema: GoalForm,
    defaultValues: prefill ? { personId: prefill.personId ?? '', domain: prefill.domain, ownWords: prefill.ownWords } : empty,
    fields: {
      personId: { label: t('households.plan.goalFor') },
      domain: { label: t('households.plan.domain') },
      ownWords: { label: t('households.plan.ownWords'), hint: t('households.plan.ownWordsHint') },
    },
    onSubmit: async (values) => {
      const goal = await api.post<Goal>(`${householdsPath(household.id)}/goals`, { ...values, personId: values.personId || null });
      controller.form.reset(empty);
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'plan') });
      onDone(t('households.plan.goalAdded', { goal: goal.ownWords }));
    },
  });
  const people = [{ value: '', label: t('households.network.wholeHousehold') }, ...household.members.map((m) => ({ value: m.id, label: m.givenName }))];
  return (
    <AppForm controller={controller}>
      <SelectField name="personId" options={people} />
      <SelectField name="domain" options={GoalDomain.options.map((d) => ({ value: d, label: t(`households.domain.${d}`) }))} />
      <TextareaField name="ownWords" rows={2} />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.plan.addGoal')}
        </Button>
      </div>
    </AppForm>
  );
}
