import type { TFunction } from 'i18next';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldProblem, FieldProblems, FormCheck } from './form-check';

type Issue = z.core.$ZodIssue;

/** The parts of a zod issue that choose its message. */
function problemOf(issue: Issue): FieldProblem {
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return issue;
    default:
      return { code: 'invalid' };
  }
}

/** A plain-Dutch (or English) message for one problem; contract messages are English, so they are not shown. */
export function problemText(problem: FieldProblem, field: string, value: unknown, t: TFunction): string {
  if (value === '' || value === undefined || value === null) {
    if (problem.code !== 'custom') return t(`validation.requiredField.${field}`, { defaultValue: t('validation.required') });
  }
  switch (problem.code) {
    case 'too_small':
      if (problem.origin === 'array') return t('validation.chooseAtLeastOne');
      return Number(problem.minimum) <= 1 ? t('validation.required') : t('validation.minLength', { count: Number(problem.minimum) });
    case 'too_big':
      return problem.origin === 'array' ? t('validation.tooMany', { count: Number(problem.maximum) }) : t('validation.maxLength', { count: Number(problem.maximum) });
    case 'invalid_format':
      return t(`validation.format.${field}`, { defaultValue: problem.format === 'email' ? t('validation.email') : t('validation.format.default') });
    case 'custom':
      return t(`validation.${problem.message}`, { defaultValue: t('validation.invalid') });
    default:
      return t('validation.invalid');
  }
}

function fieldErrors<TIn extends FieldValues>(problems: FieldProblems, values: TIn, t: TFunction): FieldErrors<TIn> {
  const errors: Record<string, FieldError> = {};
  for (const [field, problem] of Object.entries(problems)) {
    if (problem) errors[field] = { type: problem.code, message: problemText(problem, field, (values as Record<string, unknown>)[field], t) };
  }
  return errors as FieldErrors<TIn>;
}

/**
 * A react-hook-form resolver for the shared zod contracts, with messages from the i18n catalogue.
 * Forms in Wijkwijs are flat, so an issue belongs to the first segment of its path.
 */
export function contractResolver<TIn extends FieldValues, TOut extends FieldValues>(schema: z.ZodType<TOut, TIn>, t: TFunction): Resolver<TIn, unknown, TOut> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const problems: FieldProblems = {};
    for (const issue of result.error.issues) problems[String(issue.path[0] ?? 'root')] ??= problemOf(issue);
    return { values: {}, errors: fieldErrors(problems, values, t) };
  };
}

/** The same for a form checked by a plain function (form-check.ts): same messages, no zod. */
export function checkResolver<TIn extends FieldValues, TOut extends FieldValues>(check: FormCheck<TIn, TOut>, t: TFunction): Resolver<TIn, unknown, TOut> {
  return (values) => {
    const result = check(values);
    return Promise.resolve(result.ok ? { values: result.values, errors: {} } : { values: {}, errors: fieldErrors(result.problems, values, t) });
  };
}
