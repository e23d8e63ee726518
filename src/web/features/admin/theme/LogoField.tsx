import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldProps, useFormFields } from '../../../ui/form/form-context';

const TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];
/** 150 kB as a file; as base64 that stays inside the contract's 200,000 characters. */
const MAX_BYTES = 149_000;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Logo upload (PNG, JPEG or SVG up to 150 kB), kept as a data URL, with a preview and a remove button. */
export function LogoField({ name }: { name: string }) {
  const { t } = useTranslation();
  const { id, text, error, hintId, errorId, describedBy } = useFieldProps(name);
  const { form } = useFormFields();
  const value = form.watch(name) as string | undefined;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (!TYPES.includes(file.type)) return form.setError(name, { type: 'file', message: t('theme.logoType') });
    if (file.size > MAX_BYTES) return form.setError(name, { type: 'file', message: t('theme.logoSize') });
    form.clearErrors(name);
    form.setValue(name, await readAsDataUrl(file), { shouldDirty: true });
  };

  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{text.label}</FormLabel>}
      description={text.hint && <FormFieldDescription id={hintId}>{text.hint}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={
        <>
          <input id={id} type="file" accept={TYPES.join(',')} aria-describedby={describedBy} aria-invalid={!!error || undefined} onChange={(e) => void choose(e)} />
          {value && (
            <div className="wijkwijs-colour-row">
              <img src={value} alt={t('theme.logoPreviewAlt')} className="wijkwijs-header__logo" />
              <Button type="button" appearance="secondary-action-button" onClick={() => form.setValue(name, '', { shouldDirty: true })}>
                {t('theme.logoRemove')}
              </Button>
            </div>
          )}
        </>
      }
    />
  );
}
