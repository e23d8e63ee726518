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
        // Keyed by its options: options that arrive after the form's values (from the server)
        // mount a new select, which the form then sets to its value; a native select whose value
        // had no option yet stays on the first option.
        <Select key={options.map((option) => option.value).join('\n')} id={id} invalid={!!error} aria-describedby={describedBy} {...register(name)}>
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
