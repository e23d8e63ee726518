import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { fieldId, FormContext } from './form-context';
import type { useAppForm } from './useAppForm';

type Controller = ReturnType<typeof useAppForm<FieldValues, FieldValues>>;

/** A form with its error summary on top; fields inside read their labels, hints and errors from it. */
export function AppForm<TIn extends FieldValues, TOut extends FieldValues>({
  controller,
  children,
  className,
}: {
  controller: ReturnType<typeof useAppForm<TIn, TOut>>;
  children: ReactNode;
  className?: string;
}) {
  const { form, formId, fields, summaryRef, formError, onSubmit } = controller as unknown as Controller;
  const errors = form.formState.errors;
  const items: SummaryItem[] = Object.keys(fields)
    .filter((name) => typeof errors[name]?.message === 'string')
    .map((name) => ({ fieldId: fieldId(formId, name), label: fields[name]?.label ?? name, message: String(errors[name]?.message) }));

  return (
    <FormContext.Provider value={{ formId, fields, form: form as UseFormReturn<FieldValues>, errors }}>
      <form id={formId} noValidate onSubmit={onSubmit} className={className ?? 'wijkwijs-form'}>
        <ErrorSummary ref={summaryRef} items={items} formError={formError} />
        {children}
      </form>
    </FormContext.Provider>
  );
}
