import type { TFunction } from 'i18next';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** A plain-Dutch (or English) message for one zod issue; contract messages are English, so they are not shown. */
export function issueMessage(issue: Issue, field: string, value: unknown, t: TFunction): string {
  if (value === '' || value === undefined || value === null) {
    if (issue.code !== 'custom') return t(`validation.requiredField.${field}`, { defaultValue: t('validation.required') });
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return t('validation.chooseAtLeastOne');
      return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.minLength', { count: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'array' ? t('validation.tooMany', { count: Number(issue.maximum) }) : t('validation.maxLength', { count: Number(issue.maximum) });
    case 'invalid_format':
      return t(`validation.format.${field}`, { defaultValue: issue.format === 'email' ? t('validation.email') : t('validation.format.default') });
    case 'custom':
      return t(`validation.${issue.message}`, { defaultValue: t('validation.invalid') });
    default:
      return t('validation.invalid');
  }
}

/**
 * A react-hook-form resolver for the shared zod contracts, with messages from the i18n catalogue.
 * Forms in Wijkwijs are flat, so an issue belongs to the first segment of its path.
 */
export function contractResolver<TIn extends FieldValues, TOut extends FieldValues>(schema: z.ZodType<TOut, TIn>, t: TFunction): Resolver<TIn, unknown, TOut> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'root');
      if (errors[field]) continue;
      errors[field] = { type: issue.code, message: issueMessage(issue, field, (values as Record<string, unknown>)[field], t) };
    }
    return { values: {}, errors: errors as FieldErrors<TIn> };
  };
}
