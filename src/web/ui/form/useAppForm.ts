import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { isProblem } from '../../app/api';
import type { FieldText } from './form-context';
import { problemFieldErrors, problemMessage } from './problem-messages';
import type { FormCheck } from './form-check';
import { checkResolver, contractResolver } from './resolver';

/**
 * A form is validated by a shared zod contract, or, on pages that should not load zod (the public
 * first pages, decision 0020), by a check function that stands in for one (form-check.ts).
 */
type Validation<TIn extends FieldValues, TOut extends FieldValues> = { schema: z.ZodType<TOut, TIn>; check?: never } | { check: FormCheck<TIn, TOut>; schema?: never };

export type AppFormConfig<TIn extends FieldValues, TOut extends FieldValues> = Validation<TIn, TOut> & {
  id: string;
  defaultValues: DefaultValues<TIn>;
  fields: Record<string, FieldText>;
  onSubmit: (values: TOut) => Promise<unknown>;
  /** Handle a failed submit yourself (e.g. a second sign-in step); return true when handled. */
  onError?: (error: unknown) => boolean;
  /** Form-level messages for problem codes that mean something special in this form. */
  problemMessages?: Partial<Record<string, string>>;
};

/**
 * A react-hook-form form validated by a shared contract (or a check), with one error summary that takes the focus
 * after every failed submit, and the server's problem codes mapped onto the fields.
 */
export function useAppForm<TIn extends FieldValues, TOut extends FieldValues>(config: AppFormConfig<TIn, TOut>) {
  const { t } = useTranslation();
  const resolver = config.check ? checkResolver(config.check, t) : contractResolver(config.schema, t);
  const form = useForm<TIn, unknown, TOut>({ resolver, defaultValues: config.defaultValues, shouldFocusError: false });
  const summaryRef = useRef<HTMLDivElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const focusPending = useRef(false);
  const [, setFocusRequests] = useState(0);

  // The summary appears a render after the failed submit (react-hook-form publishes errors late), so
  // keep the request until the summary is there.
  useEffect(() => {
    if (focusPending.current && summaryRef.current) {
      focusPending.current = false;
      summaryRef.current.focus();
    }
  });

  const failed = () => {
    focusPending.current = true;
    setFocusRequests((n) => n + 1);
  };
  const handleSubmit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        await config.onSubmit(values);
      } catch (error) {
        if (config.onError?.(error)) return;
        const fieldErrors = problemFieldErrors(error, t).filter(({ field }) => field in config.fields);
        for (const { field, message } of fieldErrors) form.setError(field as Path<TIn>, { type: 'server', message });
        const special = isProblem(error) ? config.problemMessages?.[error.code] : undefined;
        setFormError(fieldErrors.length > 0 ? null : (special ?? problemMessage(error, t)));
        failed();
      }
    },
    () => {
      setFormError(null);
      failed();
    },
  );

  return {
    form,
    formId: config.id,
    fields: config.fields,
    summaryRef,
    formError,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void handleSubmit(event),
  };
}
