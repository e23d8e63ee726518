import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberRole, Priority, type IntakeInput } from '../../../../contracts/households';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { CheckboxField } from '../ui/CheckboxField';
import { emptyMember, intakeSchema, memberField, type IntakeValues } from './intake-schema';

export interface IntakeDraft {
  rows: number[];
  values: IntakeValues;
}

/** Step 1 of the intake: the members, the address and who takes the case. */
export function IntakeForm({ draft, onRows, onSubmit }: { draft: IntakeDraft; onRows: (rows: number[]) => void; onSubmit: (input: IntakeInput, values: IntakeValues) => Promise<void> }) {
  const { t } = useTranslation();
  const { rows } = draft;
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRow = useRef<number | null>(null);
  const fields: Record<string, { label: string; hint?: string }> = {
    name: { label: t('households.intake.name'), hint: t('households.intake.nameHint') },
    street: { label: t('households.intake.street') },
    houseNumber: { label: t('households.intake.houseNumber'), hint: t('households.intake.houseNumberHint') },
    postcode: { label: t('households.intake.postcode'), hint: t('households.intake.postcodeHint') },
    city: { label: t('households.intake.city') },
    phone: { label: t('households.intake.phone') },
    email: { label: t('households.intake.email') },
    priority: { label: t('households.intake.priority') },
    becomeCoordinator: { label: t('households.intake.becomeCoordinator'), hint: t('households.intake.becomeCoordinatorHint') },
  };
  rows.forEach((row, index) => {
    const n = index + 1;
    fields[memberField('givenName', row)] = { label: t('households.intake.givenName', { n }) };
    fields[memberField('familyName', row)] = { label: t('households.intake.familyName', { n }) };
    fields[memberField('birthDate', row)] = { label: t('households.intake.birthDate', { n }) };
    fields[memberField('role', row)] = { label: t('households.intake.role', { n }) };
    fields[memberField('bsn', row)] = { label: t('households.intake.bsn', { n }), hint: t('households.intake.bsnHint') };
  });
  const valuesRef = useRef<() => IntakeValues>(() => draft.values);
  const controller = useAppForm({
    id: 'intake',
    schema: intakeSchema(rows),
    defaultValues: draft.values,
    fields,
    onSubmit: (input: IntakeInput) => onSubmit(input, valuesRef.current()),
  });

  valuesRef.current = () => controller.form.getValues() as IntakeValues;

  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`intake-${memberField('givenName', focusRow.current)}`)?.focus();
    focusRow.current = null;
  }, [rows]);

  const addRow = () => {
    const row = Math.max(-1, ...rows) + 1;
    for (const [name, value] of Object.entries(emptyMember(row))) controller.form.setValue(name, value);
    focusRow.current = row;
    onRows([...rows, row]);
  };
  const removeRow = (row: number) => {
    controller.form.unregister(Object.keys(emptyMember(row)));
    onRows(rows.filter((r) => r !== row));
    requestAnimationFrame(() => addRef.current?.focus());
  };
  const roles = MemberRole.options.map((role) => ({ value: role, label: t(`households.role.${role}`) }));
  const priorities = Priority.options.map((p) => ({ value: p, label: t(`households.priority.${p}`) }));

  return (
    <AppForm controller={controller}>
      <TextField name="name" autoComplete="off" />
      {rows.map((row, index) => (
        <Fieldset key={row} className="wijkwijs-fieldset-row">
          <FieldsetLegend>{t('households.intake.member', { n: index + 1 })}</FieldsetLegend>
          <TextField name={memberField('givenName', row)} autoComplete="off" />
          <TextField name={memberField('familyName', row)} autoComplete="off" />
          <TextField name={memberField('birthDate', row)} type="date" />
          <SelectField name={memberField('role', row)} options={roles} />
          <TextField name={memberField('bsn', row)} inputMode="numeric" maxLength={9} autoComplete="off" spellCheck={false} />
          {rows.length > 1 && (
            <div>
              <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => removeRow(row)}>
                {t('households.intake.removeMember', { n: index + 1 })}
              </Button>
            </div>
          )}
        </Fieldset>
      ))}
      <div>
        <Button ref={addRef} type="button" appearance="secondary-action-button" onClick={addRow} disabled={rows.length >= 20}>
          {t('households.intake.addMember')}
        </Button>
      </div>
      <Fieldset className="wijkwijs-fieldset-row">
        <FieldsetLegend>{t('households.intake.address')}</FieldsetLegend>
        <TextField name="street" autoComplete="off" />
        <TextField name="houseNumber" autoComplete="off" />
        <TextField name="postcode" autoComplete="off" />
        <TextField name="city" autoComplete="off" />
      </Fieldset>
      <TextField name="phone" type="tel" autoComplete="off" />
      <TextField name="email" type="email" autoComplete="off" spellCheck={false} />
      <SelectField name="priority" options={priorities} />
      <CheckboxField name="becomeCoordinator" />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.intake.check')}
        </Button>
      </ButtonGroup>
    </AppForm>
  );
}

