/**
 * Limits, patterns and value lists that both the zod contracts and the web's light form checks
 * (ui/form/form-check.ts) use. They live here, without zod, so the public pages can validate
 * without loading zod (decision 0020) and the two can never disagree about what is valid.
 */

/** Zod 4's own e-mail pattern (`z.regexes.email`), given to `z.email({ pattern })` in the contracts. */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
export const EMAIL_MAX = 254;
/** NCSC/OWASP: long passphrases over complexity rules; at most 128 so hashing stays bounded. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
/** A 6-digit TOTP code or a recovery code (`ABCDE-FGHIJ`, the dash optional). */
export const TOTP_CODE_PATTERN = /^(\d{6}|[A-Z2-7]{5}-?[A-Z2-7]{5})$/i;

/** A Dutch postcode, `1234AB` or `1234 ab`; the server normalises it to `1234AB`. */
export const POSTCODE_PATTERN = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
/** The search words of the directory search. */
export const SEARCH_TEXT_MAX = 200;
/** An age as typed in a form field (the number's range is the contract's business). */
export const AGE_INPUT_PATTERN = /^\d{1,3}$/;

export const COST_LEVELS = ['free', 'low', 'paid'] as const;
export const SERVICE_KINDS = ['formal', 'informal'] as const;
export const SERVICE_SORTS = ['relevance', 'distance', 'name'] as const;
