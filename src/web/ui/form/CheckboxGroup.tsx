import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useFieldProps } from './form-context';

/** A fieldset of checkboxes that together give an array value; the first box carries the field id. */
export function CheckboxGroup({ name, options }: { name: string; options: { value: string; label: string }[] }) {
  const { id, text, error, hintId, errorId, describedBy, register } = useFieldProps(name);
  return (
    <Fieldset invalid={!!error} aria-describedby={describedBy}>
      <FieldsetLegend>{text.label}</FieldsetLegend>
      {text.hint && <FormFieldDescription id={hintId}>{text.hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <FormField key={option.value} type="checkbox">
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel type="checkbox" htmlFor={optionId}>
                <Checkbox id={optionId} className="utrecht-form-field__input" value={option.value} invalid={!!error} {...register(name)} />
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
