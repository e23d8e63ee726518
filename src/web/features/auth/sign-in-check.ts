import { EMAIL_MAX, EMAIL_PATTERN, PASSWORD_MAX, TOTP_CODE_PATTERN } from '../../../contracts/rules';
import { badFormat, checked, invalid, required, text, tooLong, type FieldProblem, type FormCheck } from '../../ui/form/form-check';

export interface SignInValues {
  email: string;
  password: string;
  /** Only there once the server has asked for the second step. */
  totp?: string;
}

/** The contract's `Email`: trimmed and lower-cased, then at most 254 characters of an address. */
export function emailProblem(value: unknown): FieldProblem | null {
  const email = text(value)?.trim().toLowerCase();
  if (email === undefined) return invalid();
  if (email.length > EMAIL_MAX) return tooLong(EMAIL_MAX);
  return EMAIL_PATTERN.test(email) ? null : badFormat('email');
}

function passwordProblem(value: unknown): FieldProblem | null {
  const password = text(value);
  if (password === undefined) return invalid();
  if (password.length < 1) return required();
  return password.length > PASSWORD_MAX ? tooLong(PASSWORD_MAX) : null;
}

/** The code is asked for only after the server wants it; then it must be a TOTP or recovery code. */
function totpProblem(value: unknown, needsCode: boolean): FieldProblem | null {
  if (value !== undefined && typeof value !== 'string') return invalid();
  const code = value?.trim();
  if (!needsCode) return null;
  if (!code) return { code: 'custom', message: 'required' };
  return TOTP_CODE_PATTERN.test(code) ? null : { code: 'custom', message: 'totpFormat' };
}

/**
 * The sign-in form's check: the server's `SignInInput` (contracts/auth.ts) without zod, so the
 * sign-in page loads without it (decision 0020). sign-in-check.test.ts holds it to the contract.
 */
export function signInCheck(needsCode: () => boolean): FormCheck<SignInValues, SignInValues> {
  return (values) =>
    checked(
      [
        ['email', emailProblem(values.email)],
        ['password', passwordProblem(values.password)],
        ['totp', totpProblem(values.totp, needsCode())],
      ],
      () => ({
        email: values.email.trim().toLowerCase(),
        password: values.password,
        ...(values.totp === undefined ? {} : { totp: values.totp.trim() }),
      }),
    );
}
