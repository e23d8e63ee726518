import { z } from 'zod';
import { Postcode } from '../../../contracts/households';
import { SignalKind, type PublicSignalInput } from '../../../contracts/signals';
import { emptyOr, optionalText, requireValue, requiredText } from './form-rules';

/** The public form, flat; on submit it becomes the PublicSignalInput contract. */
export const publicSignalSchema = z.object({
  kind: z.string().pipe(SignalKind), message: requiredText(5000), aboutName: optionalText(200), postcode: emptyOr(Postcode), anonymous: z.boolean(),
  name: optionalText(200), email: emptyOr(z.email()), phone: emptyOr(z.string().regex(/^[0-9+() -]{6,40}$/)), website: z.string().max(500),
}).superRefine((v, ctx) => {
  if (v.anonymous) return;
  if (v.name === '') requireValue(ctx, 'name');
  if (v.email === '' && v.phone === '') requireValue(ctx, 'email');
}).transform((v): PublicSignalInput => ({
  kind: v.kind, message: v.message, anonymous: v.anonymous, ...(v.aboutName ? { aboutName: v.aboutName } : {}), ...(v.postcode ? { postcode: Postcode.parse(v.postcode) } : {}),
  ...(!v.anonymous && v.name ? { name: v.name } : {}), ...(!v.anonymous && v.email ? { email: v.email } : {}), ...(!v.anonymous && v.phone ? { phone: v.phone } : {}),
  ...(v.website ? { website: v.website } : {}),
}));

export const EMPTY_PUBLIC = { kind: 'worry', message: '', aboutName: '', postcode: '', anonymous: false, name: '', email: '', phone: '', website: '' };
