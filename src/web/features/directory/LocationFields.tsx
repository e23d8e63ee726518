import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/form';
import { TextareaField } from '../households/ui/TextareaField';

/** The place's inputs: name, address (its postcode gives the point on the map), how to get there, accessibility. */
export function LocationFields() {
  const { t } = useTranslation();
  return (
    <>
      <TextField name="name" maxLength={200} />
      <Fieldset>
        <FieldsetLegend>{t('directoryKeeping.location.address')}</FieldsetLegend>
        <TextField name="street" autoComplete="street-address" maxLength={200} />
        <TextField name="postcode" autoComplete="postal-code" maxLength={7} className="directory-search__short" />
        <TextField name="city" autoComplete="address-level2" maxLength={100} />
      </Fieldset>
      <TextareaField name="description" rows={3} />
      <TextareaField name="transportation" rows={2} />
      <TextareaField name="accessibility" rows={3} />
    </>
  );
}

/** Labels and hints of the place form. */
export function locationFieldLabels(t: (key: string) => string) {
  const f = (key: string, hint = false) => ({ label: t(`directoryKeeping.location.${key}`), ...(hint ? { hint: t(`directoryKeeping.location.${key}Hint`) } : {}) });
  return { name: f('name', true), street: f('street'), postcode: f('postcode', true), city: f('city'), description: f('description'), transportation: f('transportation', true), accessibility: f('accessibility', true) };
}
