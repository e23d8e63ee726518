import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TieKind, TieStrength } from '../../../../contracts/plans';
import { api, isProblem } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { sendVersioned } from '../http';
import { householdKeys, householdsPath, type Household, type Tie } from '../queries';
import { requiredText } from '../ui/bsn-field';
import { CheckboxField } from '../ui/CheckboxField';
import { StaleNotice } from '../ui/StaleNotice';
import { TextareaField } from '../ui/TextareaField';

const TieForm = z.object({
  personId: z.string(), name: requiredText('requiredTieName'), kind: TieKind, strength: TieStrength, support: z.string().trim().max(2000), meaningfulAdult: z.boolean(),
});

/** Add a tie (tie = null, maybe prefilled from the exploration) or change one. */
export function TieEditor({ household, tie, prefill, onDone }: {
  household: Household; tie: Tie | null; prefill?: { personId: string | null; support: string }; onDone: (text: string | null) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'network') });
  const controller = useAppForm({
    id: tie ? 'edit-tie' : 'new-tie',
    schema: TieForm,
    defaultValues: {
      personId: tie?.personId ?? prefill?.personId ?? '', name: tie?.name ?? '', kind: tie?.kind ?? 'family', strength: tie?.strength ?? 'normal',
      support: tie?.support ?? prefill?.support ?? '', meaningfulAdult: tie?.meaningfulAdult ?? false,
    },
    fields: {
      personId: { label: t('households.network.personId') }, name: { label: t('households.network.name'), hint: t('households.network.nameHint') },
      kind: { label: t('households.network.kind') }, strength: { label: t('households.network.strength') },
      support: { label: t('households.network.support'), hint: t('households.network.supportHint') },
      meaningfulAdult: { label: t('households.network.meaningfulAdult'), hint: t('households.network.meaningfulAdultHint') },
    },
    onSubmit: async (values) => {
      const body = { ...values, personId: values.personId || null };
      const base = `${householdsPath(household.id)}/network-ties`;
      const saved = tie ? await sendVersioned<Tie>('PATCH', `${base}/${tie.id}`, tie.version, body) : await api.post<Tie>(base, body);
      await refresh();
      if (!tie) controller.form.reset({ personId: '', name: '', kind: 'family', strength: 'normal', support: '', meaningfulAdult: false });
      onDone(t(tie ? 'households.network.saved' : 'households.network.added', { name: saved.name }));
    },
    onError: (error) => {
      if (!isProblem(error, 'precondition_failed')) return false;
      setStale(true);
      return true;
    },
  });
  const people = [{ value: '', label: t('households.network.wholeHousehold') }, ...household.members.map((m) => ({ value: m.id, label: `${m.givenName} ${m.familyName}` }))];
  return (
    <>
      {stale && <StaleNotice onReload={() => void refresh().then(() => onDone(null))} />}
      <AppForm controller={controller}>
        <SelectField name="personId" options={people} />
        <TextField name="name" autoComplete="off" />
        <SelectField name="kind" options={TieKind.options.map((k) => ({ value: k, label: t(`households.tieKind.${k}`) }))} />
        <SelectField name="strength" options={TieStrength.options.map((s) => ({ value: s, label: t(`households.tieStrength.${s}`) }))} />
        <TextareaField name="support" rows={2} />
        <CheckboxField name="meaningfulAdult" />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {tie ? t('common.save') : t('households.network.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </AppForm>
    </>
  );
}
