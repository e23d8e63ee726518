import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFieldProps, useFormFields } from '../../../ui/form/form-context';
import { isHex } from './theme-form';

/** A colour as #rrggbb text, with a colour picker next to it that fills in the same value. */
export function ColourField({ name }: { name: string }) {
  const { t } = useTranslation();
  const { id, text, error, hintId, errorId, describedBy, register } = useFieldProps(name);
  const { form } = useFormFields();
  const value = form.watch(name) as string | undefined;
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{text.label}</FormLabel>}
      description={text.hint && <FormFieldDescription id={hintId}>{text.hint}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={
        <div className="wijkwijs-colour-row">
          <Textbox id={id} invalid={!!error} aria-describedby={describedBy} spellCheck={false} autoComplete="off" maxLength={7} {...register(name)} />
          <input
            type="color"
            className="wijkwijs-colour-swatch"
            aria-label={t('theme.picker', { field: text.label })}
            value={isHex(value) ? value.toLowerCase() : '#000000'}
            onChange={(event) => form.setValue(name, event.target.value, { shouldValidate: form.formState.isSubmitted, shouldDirty: true })}
          />
        </div>
      }
    />
  );
}
