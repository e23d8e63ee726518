import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useFieldProps } from './form-context';

/** A labelled select with its hint and inline error, bound to the surrounding AppForm. */
export function SelectField({ name, options }: { name: string; options: { value: string; label: string }[] }) {
  const { id, text, error, hintId, errorId, describedBy, register } = useFieldProps(name);
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{text.label}</FormLabel>}
      description={text.hint && <FormFieldDescription id={hintId}>{text.hint}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={
        <Select id={id} invalid={!!error} aria-describedby={describedBy} {...register(name)}>
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
