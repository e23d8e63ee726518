import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AddressInput, MemberRole, PastDate, type IntakeInput } from '../../../contracts/households';
import { api } from '../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../ui/form';
import { requiredText } from './form-rules';
import { MatchList } from './MatchList';
import { signalKeys, type Match, type SignalDetail } from './queries';

const LinkForm = z.object({
  givenName: requiredText(200), familyName: requiredText(200), birthDate: PastDate, role: MemberRole,
  street: AddressInput.shape.street, houseNumber: AddressInput.shape.houseNumber, postcode: AddressInput.shape.postcode, city: AddressInput.shape.city,
});

/**
 * Link the signal to a household: first the households feature's duplicate check on the young
 * person and the address, then link to a match the coach may open, or register a new household.
 */
export function LinkHouseholdSection({ signal, onDone }: { signal: SignalDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [checked, setChecked] = useState<{ intake: IntakeInput; matches: Match[] } | null>(null);
  const [given = '', ...rest] = (signal.subjectName ?? '').split(' ');
  const controller = useAppForm({
    id: 'link-household',
    schema: LinkForm,
    defaultValues: {
      givenName: given, familyName: rest.join(' '), birthDate: signal.subjectBirthDate ?? '', role: 'child',
      street: signal.address.street ?? '', houseNumber: signal.address.houseNumber ?? '', postcode: signal.address.postcode ?? '', city: signal.address.city ?? '',
    },
    fields: {
      givenName: { label: t('signals.send.givenName') }, familyName: { label: t('signals.send.familyName') }, birthDate: { label: t('signals.send.birthDate') },
      role: { label: t('signals.link.role') }, street: { label: t('signals.send.street') }, houseNumber: { label: t('signals.send.houseNumber') },
      postcode: { label: t('signals.send.postcode') }, city: { label: t('signals.send.city') },
    },
    onSubmit: async (v) => {
      const member = { givenName: v.givenName, familyName: v.familyName, birthDate: v.birthDate };
      const { matches } = await api.post<{ matches: Match[] }>('/api/v1/household-duplicate-checks', { members: [member], address: { postcode: v.postcode, houseNumber: v.houseNumber } });
      const intake: IntakeInput = {
        members: [{ ...member, role: v.role }], address: { street: v.street, houseNumber: v.houseNumber, postcode: v.postcode, city: v.city },
        teamId: signal.teamId, priority: signal.urgency === 'urgent' ? 'urgent' : 'normal', becomeCoordinator: true, acknowledgeDuplicates: matches.length > 0,
      };
      setChecked({ intake, matches });
    },
  });
  const link = async (body: { householdId: string } | { newHousehold: IntakeInput }) => {
    const updated = await api.post<SignalDetail>(`/api/v1/signals/${signal.id}/household-links`, { ...body, note: '' });
    queryClient.setQueryData(signalKeys.detail(signal.id), updated);
    await queryClient.invalidateQueries({ queryKey: signalKeys.all });
    onDone();
  };
  return (
    <section aria-labelledby="link-household-title">
      <Heading2 id="link-household-title">{t('signals.link.title')}</Heading2>
      <Paragraph>{t('signals.link.intro')}</Paragraph>
      <AppForm controller={controller}>
        <TextField name="givenName" autoComplete="off" />
        <TextField name="familyName" autoComplete="off" />
        <TextField name="birthDate" type="date" />
        <SelectField name="role" options={MemberRole.options.map((r) => ({ value: r, label: t(`households.role.${r}`) }))} />
        <TextField name="street" autoComplete="off" />
        <TextField name="houseNumber" autoComplete="off" />
        <TextField name="postcode" autoComplete="off" />
        <TextField name="city" autoComplete="off" />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">{t('signals.link.check')}</button>
        </div>
      </AppForm>
      {checked && <MatchList matches={checked.matches} onLink={(householdId) => link({ householdId })} onCreate={() => link({ newHousehold: checked.intake })} />}
    </section>
  );
}
