import { z } from 'zod';

/**
 * Flat-form helpers for the signal forms. A missing value is reported as `too_small`, so the form
 * shows the catalogue's "fill this in" message for whatever the field is called.
 */
export function requireValue(ctx: z.RefinementCtx, field: string): void {
  ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: [field], message: '' });
}

/** An optional text field: empty or at most `max` characters. */
export const optionalText = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Empty or valid according to the contract's schema. */
export function emptyOr<T extends z.ZodType>(schema: T) {
  return z.string().trim().refine((v) => v === '' || schema.safeParse(v).success, { message: 'invalid' });
}

/** A checkbox group gives `false` when nothing is ticked, one string for one box, an array for more. */
export const ticked = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === false || v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(item).min(1));

export const YesNo = z.enum(['yes', 'no']);
