import { createContext, useContext } from 'react';
import type { FieldErrors, FieldValues, UseFormReturn } from 'react-hook-form';

export interface FieldText {
  label: string;
  hint?: string;
}

export interface FormContextValue {
  formId: string;
  fields: Record<string, FieldText>;
  form: UseFormReturn<FieldValues>;
  errors: FieldErrors<FieldValues>;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormFields(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('Form fields must be inside <AppForm>.');
  return value;
}

export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`;
}

/** Props that tie an input to its hint and error, and the ids they need. */
export function useFieldProps(name: string) {
  const { formId, fields, form, errors } = useFormFields();
  const id = fieldId(formId, name);
  const message = errors[name]?.message;
  const error = typeof message === 'string' ? message : undefined;
  const text = fields[name] ?? { label: name };
  const hintId = text.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, text, error, hintId, errorId, describedBy, register: form.register };
}
