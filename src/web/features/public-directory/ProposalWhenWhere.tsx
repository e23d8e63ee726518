import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, TextField } from '../../ui/form';
import { WEEKDAYS } from './format';

/** Where and when the activity takes place: both optional, but complete once begun. */
export function ProposalWhenWhere() {
  const { t } = useTranslation();
  return (
    <>
      <Fieldset>
        <FieldsetLegend>{t('proposeActivity.where')}</FieldsetLegend>
        <TextField name="placeName" maxLength={200} />
        <TextField name="street" autoComplete="street-address" maxLength={200} />
        <TextField name="postcode" autoComplete="postal-code" maxLength={7} className="directory-search__short" />
        <TextField name="city" autoComplete="address-level2" maxLength={100} />
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('proposeActivity.when')}</FieldsetLegend>
        <CheckboxGroup name="weekdays" options={WEEKDAYS.map((day) => ({ value: day, label: t(`directoryWeekday.${day}`) }))} />
        <TextField name="opensAt" type="time" className="directory-search__short" />
        <TextField name="closesAt" type="time" className="directory-search__short" />
      </Fieldset>
    </>
  );
}
