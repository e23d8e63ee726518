import type { TFunction } from 'i18next';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { FormCheck } from './form-check';
import { checkResolver, contractResolver } from './resolver';

/** For tests: a `t` that answers with the key (and count), so two messages compare as their keys. */
export const keyT = ((key: string, options?: { count?: number }) => (options?.count === undefined ? key : `${key}:${options.count}`)) as unknown as TFunction;

export interface Outcome {
  values: unknown;
  /** Field → message key. */
  errors: Record<string, string | undefined>;
}

async function outcome<TIn extends FieldValues, TOut extends FieldValues>(resolver: Resolver<TIn, unknown, TOut>, values: TIn): Promise<Outcome> {
  const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: undefined });
  return { values: result.values, errors: Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message as string | undefined])) };
}

/** What a form would show for `values`, once validated by the zod schema and once by the check. */
export async function bothOutcomes<TIn extends FieldValues, TOut extends FieldValues>(schema: z.ZodType<TOut, TIn>, check: FormCheck<TIn, TOut>, values: TIn) {
  return { contract: await outcome(contractResolver(schema, keyT), values), check: await outcome(checkResolver(check, keyT), values) };
}
