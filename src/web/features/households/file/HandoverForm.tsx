import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../../app/api';
import { AppForm, SelectField, useAppForm } from '../../../ui/form';
import { TextareaField } from '../ui/TextareaField';
import { householdKeys, householdsPath, useTeamMembers, type Household } from '../queries';

const HandoverForm = z.object({ userId: z.string().min(1), note: z.string().trim().max(4000) });

/**
 * Chooses the coordinator: the team lead from the waiting list, or the coordinator handing over to a
 * colleague of the household's team. The note travels with the case.
 */
export function CoordinatorForm({ householdId, teamId, currentCoordinatorId, formId, onDone }: {
  householdId: string; teamId: string | null; currentCoordinatorId: string | null; formId: string; onDone: (text: string | null) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = (useTeamMembers(teamId).data?.items ?? []).filter((m) => m.id !== currentCoordinatorId && m.roles.some((r) => r === 'coach' || r === 'team_lead'));
  const controller = useAppForm({
    id: formId,
    schema: HandoverForm,
    defaultValues: { userId: '', note: '' },
    fields: {
      userId: { label: t('households.assign.userId') },
      note: { label: t('households.assign.note'), hint: t('households.assign.noteHint') },
    },
    onSubmit: async (values) => {
      const household = await api.post<Household>(`${householdsPath(householdId)}/coordinator-handovers`, values);
      await queryClient.invalidateQueries({ queryKey: householdKeys.lists });
      queryClient.setQueryData(householdKeys.file(householdId), household);
      await queryClient.invalidateQueries({ queryKey: householdKeys.file(householdId) });
      onDone(t('households.assign.done', { name: household.coordinatorName ?? '', household: household.name }));
    },
  });
  const options = [{ value: '', label: t('households.assign.choose') }, ...members.map((m) => ({ value: m.id, label: m.displayName }))];
  return (
    <AppForm controller={controller}>
      <SelectField name="userId" options={options} />
      <TextareaField name="note" rows={3} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.assign.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </AppForm>
  );
}
