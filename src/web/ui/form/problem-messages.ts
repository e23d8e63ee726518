import type { TFunction } from 'i18next';
import { isProblem } from '../../app/api';

/** A message for the user about a failed call, from the problem's stable code. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isProblem(error)) return t('problem.unknown');
  return t(`problem.${error.code}`, { defaultValue: t('problem.unknown') });
}

/** Field names and messages from a problem's invalidParams (`body.email` → `email`); query and path params are not form fields. */
export function problemFieldErrors(error: unknown, t: TFunction): { field: string; message: string }[] {
  if (!isProblem(error)) return [];
  return error.invalidParams
    .filter((param) => !/^(query|params|headers)\./.test(param.name))
    .map((param) => {
      const field = param.name.replace(/^body\./, '').split('.')[0] ?? '';
      const fallback = t(`problemField.${error.code}`, { defaultValue: t('validation.invalid') });
      return { field, message: t(`problemField.${error.code}_${field}`, { defaultValue: fallback }) };
    });
}
