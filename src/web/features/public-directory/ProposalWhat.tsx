import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, SelectField, TextField } from '../../ui/form';
import { TextareaField } from '../households/ui/TextareaField';
import { themeName } from './format';
import { useServiceFilters } from './queries';

/** What the activity is: name, description, themes, ages and cost (public proposal and a host's own). */
export function ProposalWhat() {
  const { t, i18n } = useTranslation();
  const themes = useServiceFilters().data?.themes ?? [];
  const costs = (['free', 'low', 'paid'] as const).map((value) => ({ value, label: t(`directoryCost.${value}`) }));
  return (
    <Fieldset>
      <FieldsetLegend>{t('proposeActivity.what')}</FieldsetLegend>
      <TextField name="name" maxLength={200} />
      <TextareaField name="description" rows={5} />
      <CheckboxGroup name="themes" options={themes.map((theme) => ({ value: theme.code, label: themeName(theme, i18n.language) }))} />
      <TextField name="minimumAge" inputMode="numeric" maxLength={3} className="directory-search__short" />
      <TextField name="maximumAge" inputMode="numeric" maxLength={3} className="directory-search__short" />
      <SelectField name="cost" options={costs} />
    </Fieldset>
  );
}

/** The labels of the shared activity fields, from the public form's texts. */
export function activityFieldLabels(t: (key: string) => string) {
  const label = (key: string, hint = false) => ({ label: t(`proposeActivity.${key}`), ...(hint ? { hint: t(`proposeActivity.${key}Hint`) } : {}) });
  return {
    name: label('name', true), description: label('description', true), themes: label('themes', true),
    minimumAge: label('minimumAge'), maximumAge: label('maximumAge'), cost: label('cost'),
    placeName: label('placeName', true), street: label('street'), postcode: label('postcode'), city: label('city'),
    weekdays: label('weekdays', true), opensAt: label('opensAt', true), closesAt: label('closesAt', true),
  };
}
