import { z } from 'zod';

/** Pieces the Meldcode step forms share: every form value is a string, turned into the API's shape on submit. */
export const text = z.string().trim().max(4000);
export const required = z.string().trim().min(1).max(4000);
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const yesNo = z.enum(['yes', 'no']);

/** Adds a "fill this in" error on `path` when `value` is empty (for fields needed only in some cases). */
export function requireWhen(ctx: z.RefinementCtx, value: string, path: string): void {
  if (!value.trim()) ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: [path], input: value, message: '' });
}

export { today } from '../households/ui/format';
