import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { useFieldProps } from '../../../ui/form/form-context';

/** A labelled multi-line text field with its hint and inline error, bound to the surrounding AppForm. */
export function TextareaField({ name, rows = 4 }: { name: string; rows?: number }) {
  const { id, text, error, hintId, errorId, describedBy, register } = useFieldProps(name);
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{text.label}</FormLabel>}
      description={text.hint && <FormFieldDescription id={hintId}>{text.hint}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={<Textarea id={id} rows={rows} invalid={!!error} aria-describedby={describedBy} {...register(name)} />}
    />
  );
}
