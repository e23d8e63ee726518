import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { MemberRole } from '../../../../contracts/households';
import { api } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { householdKeys, householdsPath, type Member } from '../queries';
import { dayField, OptionalBsnField, requiredText } from '../ui/bsn-field';

const NewMember = z.object({
  givenName: requiredText('requiredGivenName'), familyName: requiredText('requiredFamilyName'), birthDate: dayField('requiredBirthDate', { past: true }),
  role: MemberRole, bsn: OptionalBsnField,
});

/** A new member of the household (a baby, a partner who moves in). */
export function AddMemberForm({ householdId, onDone }: { householdId: string; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: 'add-member',
    schema: NewMember,
    defaultValues: { givenName: '', familyName: '', birthDate: '', role: 'child', bsn: '' },
    fields: {
      givenName: { label: t('households.members.givenName') }, familyName: { label: t('households.members.familyName') },
      birthDate: { label: t('households.members.birthDate') }, role: { label: t('households.members.role') },
      bsn: { label: t('households.members.bsn'), hint: t('households.intake.bsnHint') },
    },
    onSubmit: async ({ bsn, ...values }) => {
      const member = await api.post<Member>(`${householdsPath(householdId)}/members`, { ...values, ...(bsn ? { bsn } : {}) });
      controller.form.reset();
      await queryClient.invalidateQueries({ queryKey: householdKeys.file(householdId) });
      onDone(t('households.members.added', { name: member.givenName }));
    },
  });
  return (
    <AppForm controller={controller}>
      <TextField name="givenName" autoComplete="off" />
      <TextField name="familyName" autoComplete="off" />
      <TextField name="birthDate" type="date" />
      <SelectField name="role" options={MemberRole.options.map((r) => ({ value: r, label: t(`households.role.${r}`) }))} />
      <TextField name="bsn" inputMode="numeric" maxLength={9} autoComplete="off" spellCheck={false} />
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.members.add')}
        </Button>
      </div>
    </AppForm>
  );
}
