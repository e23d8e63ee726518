import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox, type TextboxProps } from '@utrecht/component-library-react';
import { useFieldProps } from './form-context';

type TextFieldProps = { name: string } & Omit<TextboxProps, 'name' | 'id' | 'invalid' | 'value' | 'defaultValue' | 'onChange' | 'onBlur'>;

/** A labelled text input with its hint and inline error, bound to the surrounding AppForm. */
export function TextField({ name, ...input }: TextFieldProps) {
  const { id, text, error, hintId, errorId, describedBy, register } = useFieldProps(name);
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{text.label}</FormLabel>}
      description={text.hint && <FormFieldDescription id={hintId}>{text.hint}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={<Textbox id={id} invalid={!!error} aria-describedby={describedBy} {...input} {...register(name)} />}
    />
  );
}
