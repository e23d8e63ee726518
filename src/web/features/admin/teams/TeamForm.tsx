import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TeamInput } from '../../../../contracts/admin';
import { Uuid } from '../../../../contracts/common';
import { api } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { adminKeys, type District, type Team } from '../queries';

/** The team contract, with "no district" as an empty choice in the select. */
const TeamFormInput = z
  .object({ name: TeamInput.shape.name, districtId: z.union([z.literal(''), Uuid]) })
  .transform(({ name, districtId }) => ({ name, districtId: districtId === '' ? null : districtId }));

/** Create a team (team = null) or rename / move one. */
export function TeamForm({ team, districts, onDone }: { team: Team | null; districts: District[]; onDone: (text: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: team ? 'edit-team' : 'new-team',
    schema: TeamFormInput,
    defaultValues: { name: team?.name ?? '', districtId: team?.districtId ?? '' },
    fields: { name: { label: t('teams.name') }, districtId: { label: t('teams.district') } },
    onSubmit: async (values) => {
      const saved = team ? await api.patch<Team>(`/api/v1/teams/${team.id}`, values) : await api.post<Team>('/api/v1/teams', values);
      await queryClient.invalidateQueries({ queryKey: adminKeys.teams });
      if (!team) controller.form.reset();
      onDone(t(team ? 'teams.saved' : 'teams.created', { name: saved.name }));
    },
  });
  const options = [{ value: '', label: t('teams.noDistrict') }, ...districts.map((d) => ({ value: d.id, label: d.name }))];
  return (
    <AppForm controller={controller}>
      <TextField name="name" autoComplete="off" />
      <SelectField name="districtId" options={options} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {team ? t('common.save') : t('teams.create')}
        </Button>
        {team && (
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </AppForm>
  );
}
