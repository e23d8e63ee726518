/**
 * A form's validation as a plain function, for the public pages that should not load zod (≈27 kB
 * gzipped, decision 0020). A check says what is wrong per field in the terms zod's issues use, so
 * both kinds of form get their messages from one place (resolver.ts, `problemText`) and a check can
 * be tested against the contract it stands in for.
 */

/** What is wrong with one field: the parts of a zod issue that choose the message. */
export type FieldProblem =
  | { code: 'too_small'; minimum: number | bigint; origin: string }
  | { code: 'too_big'; maximum: number | bigint; origin: string }
  | { code: 'invalid_format'; format: string }
  /** `message` is a key under `validation.` in the catalogue. */
  | { code: 'custom'; message: string }
  /** Anything else (a value outside a list, a wrong type): "not valid". */
  | { code: 'invalid' };

export type FieldProblems = Partial<Record<string, FieldProblem>>;

export type CheckResult<TOut> = { ok: true; values: TOut } | { ok: false; problems: FieldProblems };

/** Validates and normalises a form's values, like `schema.safeParse` would. */
export type FormCheck<TIn, TOut> = (values: TIn) => CheckResult<TOut>;

export const required = (): FieldProblem => ({ code: 'too_small', minimum: 1, origin: 'string' });
export const tooLong = (maximum: number): FieldProblem => ({ code: 'too_big', maximum, origin: 'string' });
export const badFormat = (format: string): FieldProblem => ({ code: 'invalid_format', format });
export const invalid = (): FieldProblem => ({ code: 'invalid' });

/** The values, or the problems when there are any (a field keeps its first problem). */
export function checked<TOut>(problems: [field: string, problem: FieldProblem | null][], values: () => TOut): CheckResult<TOut> {
  const found: FieldProblems = {};
  for (const [field, problem] of problems) if (problem && !found[field]) found[field] = problem;
  return Object.keys(found).length ? { ok: false, problems: found } : { ok: true, values: values() };
}

/** `value` as a string, or undefined when it is not one (a form's text inputs always give strings). */
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
