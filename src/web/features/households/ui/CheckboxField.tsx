import { Checkbox, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useFieldProps } from '../../../ui/form/form-context';

/** One checkbox with a true/false value, its label next to the box. */
export function CheckboxField({ name }: { name: string }) {
  const { id, text, error, hintId, errorId, describedBy, register } = useFieldProps(name);
  return (
    <FormField type="checkbox" invalid={!!error}>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel type="checkbox" htmlFor={id}>
          <Checkbox id={id} className="utrecht-form-field__input" invalid={!!error} aria-describedby={describedBy} {...register(name)} />
          {text.label}
        </FormLabel>
      </div>
      {text.hint && <FormFieldDescription id={hintId}>{text.hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
    </FormField>
  );
}
