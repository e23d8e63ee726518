import { z } from 'zod';
import { isValidBsn } from '../../../../contracts/bsn';
import { dutchToday } from '../../../../contracts/households';

/**
 * An optional BSN typed in a form: empty, or 9 digits (8 are padded, as the register does) that pass
 * the 11-proef. Custom issues, so the form shows the catalogue's `validation.bsnFormat` or
 * `validation.bsnElfProef` whatever the field is called.
 */
export const OptionalBsnField = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') return;
    if (!/^\d{8,9}$/.test(value)) ctx.addIssue({ code: 'custom', message: 'bsnFormat' });
    else if (!isValidBsn(value.padStart(9, '0'))) ctx.addIssue({ code: 'custom', message: 'bsnElfProef' });
  })
  .transform((value) => (value === '' ? '' : value.padStart(9, '0')));

/** A text that must be filled in, with the catalogue message `validation.<messageKey>` when it is not. */
export const requiredText = (messageKey: string, max = 200) =>
  z.string().trim().refine((value) => value.length > 0, { message: messageKey }).refine((value) => value.length <= max, { message: 'tooLong' });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day in a date field; `past` refuses days after today. */
export const dayField = (messageKey: string, options: { past?: boolean; optional?: boolean } = {}) =>
  z.string().superRefine((value, ctx) => {
    if (value === '') {
      if (!options.optional) ctx.addIssue({ code: 'custom', message: messageKey });
      return;
    }
    if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(value))) ctx.addIssue({ code: 'custom', message: 'dateFormat' });
    else if (options.past && value > dutchToday()) ctx.addIssue({ code: 'custom', message: 'dateInFuture' });
  });

/** An optional e-mail address. */
export const optionalEmail = z
  .string()
  .trim()
  .refine((value) => value === '' || z.email().safeParse(value).success, { message: 'email' });
