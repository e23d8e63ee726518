import { Button, ButtonGroup, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../../app/api';
import { AppForm, problemMessage, SelectField, useAppForm } from '../../../ui/form';
import { householdKeys, householdsPath, useTeamMembers, type Household } from '../queries';

const AddForm = z.object({ userId: z.string().min(1), role: z.enum(['member', 'specialist']) });

/** Who works on the case: the coordinator and the case team; the coordinator or team lead changes it. */
export function CaseTeam({ household, canManage }: { household: Household; canManage: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const colleagues = (useTeamMembers(canManage ? household.teamId : null).data?.items ?? []).filter((m) => !household.caseTeam.some((c) => c.userId === m.id));
  const refresh = () => queryClient.invalidateQueries({ queryKey: householdKeys.file(household.id) });
  const remove = useMutation({
    mutationFn: (userId: string) => api.delete(`${householdsPath(household.id)}/case-members/${userId}`),
    onSuccess: async (_, userId) => {
      setMessage(t('households.caseTeam.removed', { name: household.caseTeam.find((c) => c.userId === userId)?.name ?? '' }));
      await refresh();
    },
    onError: (error) => setMessage(problemMessage(error, t)),
  });
  const controller = useAppForm({
    id: 'case-team-add',
    schema: AddForm,
    defaultValues: { userId: '', role: 'member' },
    fields: { userId: { label: t('households.caseTeam.userId') }, role: { label: t('households.caseTeam.role') } },
    onSubmit: async (values) => {
      await api.post<Household>(`${householdsPath(household.id)}/case-members`, values);
      controller.form.reset();
      await refresh();
      setMessage(t('households.caseTeam.added', { name: colleagues.find((c) => c.id === values.userId)?.displayName ?? '' }));
    },
  });
  return (
    <>
      <UnorderedList>
        {household.caseTeam.map((member) => (
          <UnorderedListItem key={member.userId}>
            {member.name} ({t(`households.caseRole.${member.role}`)})
            {canManage && member.role !== 'coordinator' && (
              <>
                {' '}
                <Button appearance="subtle-button" hint="danger" onClick={() => remove.mutate(member.userId)}>
                  {t('households.caseTeam.remove')}
                  <span className="wijkwijs-visually-hidden"> {member.name}</span>
                </Button>
              </>
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {message && <Paragraph role="status">{message}</Paragraph>}
      {canManage && colleagues.length > 0 && (
        <AppForm controller={controller} className="wijkwijs-form">
          <SelectField name="userId" options={[{ value: '', label: t('households.assign.choose') }, ...colleagues.map((c) => ({ value: c.id, label: c.displayName }))]} />
          <SelectField name="role" options={(['member', 'specialist'] as const).map((r) => ({ value: r, label: t(`households.caseRole.${r}`) }))} />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
              {t('households.caseTeam.add')}
            </Button>
          </ButtonGroup>
        </AppForm>
      )}
    </>
  );
}
