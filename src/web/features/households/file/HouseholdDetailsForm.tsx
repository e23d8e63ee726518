import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AddressInput, Priority } from '../../../../contracts/households';
import { isProblem } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { sendVersioned } from '../http';
import { householdKeys, householdsPath, type Household } from '../queries';
import { optionalEmail, requiredText } from '../ui/bsn-field';
import { StaleNotice } from '../ui/StaleNotice';

const DetailsForm = z.object({
  name: requiredText('requiredHouseholdName'), street: AddressInput.shape.street, houseNumber: AddressInput.shape.houseNumber, postcode: AddressInput.shape.postcode,
  city: AddressInput.shape.city, phone: z.string().trim().max(40), email: optionalEmail, priority: Priority,
});

/** Name, address and contact details, saved with If-Match; a stale save is refused and offered a reload. */
export function HouseholdDetailsForm({ household, onDone }: { household: Household; onDone: (text: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const controller = useAppForm({
    id: 'household-details',
    schema: DetailsForm,
    defaultValues: {
      name: household.name, street: household.address.street ?? '', houseNumber: household.address.houseNumber ?? '', postcode: household.address.postcode ?? '',
      city: household.address.city ?? '', phone: household.phone ?? '', email: household.email ?? '', priority: household.priority,
    },
    fields: {
      name: { label: t('households.intake.name') }, street: { label: t('households.intake.street') }, houseNumber: { label: t('households.intake.houseNumber') },
      postcode: { label: t('households.intake.postcode'), hint: t('households.intake.postcodeHint') }, city: { label: t('households.intake.city') },
      phone: { label: t('households.intake.phone') }, email: { label: t('households.intake.email') }, priority: { label: t('households.intake.priority') },
    },
    onSubmit: async ({ name, street, houseNumber, postcode, city, phone, email, priority }) => {
      const saved = await sendVersioned<Household>('PATCH', householdsPath(household.id), household.version, {
        name, address: { street, houseNumber, postcode, city }, phone: phone || null, email: email || null, priority,
      });
      queryClient.setQueryData(householdKeys.file(household.id), saved);
      await queryClient.invalidateQueries({ queryKey: householdKeys.lists });
      onDone(t('households.details.saved'));
    },
    onError: (error) => {
      if (!isProblem(error, 'precondition_failed')) return false;
      setStale(true);
      return true;
    },
  });
  return (
    <>
      {stale && <StaleNotice onReload={() => void queryClient.invalidateQueries({ queryKey: householdKeys.file(household.id) }).then(() => onDone(null))} />}
      <AppForm controller={controller}>
        <TextField name="name" autoComplete="off" />
        <TextField name="street" autoComplete="off" />
        <TextField name="houseNumber" autoComplete="off" />
        <TextField name="postcode" autoComplete="off" />
        <TextField name="city" autoComplete="off" />
        <TextField name="phone" type="tel" autoComplete="off" />
        <TextField name="email" type="email" autoComplete="off" />
        <SelectField name="priority" options={Priority.options.map((p) => ({ value: p, label: t(`households.priority.${p}`) }))} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </AppForm>
    </>
  );
}
