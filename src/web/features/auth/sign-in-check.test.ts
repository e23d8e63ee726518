import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SignInInput, TotpCode } from '../../../contracts/auth';
import { EMAIL_PATTERN } from '../../../contracts/rules';
import { bothOutcomes } from '../../ui/form/check-parity';
import { signInCheck, type SignInValues } from './sign-in-check';

/** What the sign-in form validated with before decision 0020: the server's contract, the code only when asked. */
function signInSchema(needsCode: boolean) {
  return SignInInput.extend({ totp: z.string().trim().optional() }).superRefine((value, ctx) => {
    if (!needsCode) return;
    if (!value.totp) ctx.addIssue({ code: 'custom', path: ['totp'], message: 'required' });
    else if (!TotpCode.safeParse(value.totp).success) ctx.addIssue({ code: 'custom', path: ['totp'], message: 'totpFormat' });
  });
}

const compare = (values: SignInValues, needsCode: boolean) => bothOutcomes(signInSchema(needsCode), signInCheck(() => needsCode), values);

const padded = (text: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', ' ', '\t', '  '), text, fc.constantFrom('', ' ', '\n')).map(([a, b, c]) => a + b + c);
const email = padded(
  fc.oneof(
    fc.emailAddress(),
    fc.emailAddress().map((e) => e.toUpperCase()),
    fc.string(),
    fc.constantFrom('', 'a@b', 'a@b.c', 'a.@b.nl', '.a@b.nl', 'a..b@c.nl', 'jan@voorbeeld.nl', 'ÿ@b.nl'),
    fc.integer({ min: 240, max: 260 }).map((n) => `${'a'.repeat(n - 6)}@b.nl`),
  ),
);
const password = fc.oneof(fc.constant(''), fc.string({ maxLength: 20 }), fc.integer({ min: 126, max: 130 }).map((n) => 'p'.repeat(n)));
const totp = fc.option(
  padded(fc.oneof(fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^[A-Za-z2-7]{5}-?[A-Za-z2-7]{5}$/), fc.string({ maxLength: 12 }), fc.constant(''))),
  { nil: undefined },
);

describe('the sign-in check', () => {
  it('accepts, rejects and normalises exactly as the contract does, with the same messages', async () => {
    await fc.assert(
      fc.asyncProperty(email, password, totp, fc.boolean(), async (e, p, code, needsCode) => {
        const values: SignInValues = code === undefined ? { email: e, password: p } : { email: e, password: p, totp: code };
        const { contract, check } = await compare(values, needsCode);
        expect(check).toEqual(contract);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [{ email: '', password: '' }, false, { email: 'validation.requiredField.email', password: 'validation.requiredField.password' }],
    [{ email: 'jan', password: 'x' }, false, { email: 'validation.format.email' }],
    [{ email: `${'a'.repeat(250)}@b.nl`, password: 'x'.repeat(129) }, false, { email: 'validation.maxLength:254', password: 'validation.maxLength:128' }],
    [{ email: 'jan@voorbeeld.nl', password: 'x', totp: ' ' }, true, { totp: 'validation.required' }],
    [{ email: 'jan@voorbeeld.nl', password: 'x', totp: '12345' }, true, { totp: 'validation.totpFormat' }],
  ] as [SignInValues, boolean, Record<string, string>][])('shows the messages of %j (code asked: %s)', async (values, needsCode, errors) => {
    expect((await compare(values, needsCode)).check.errors).toEqual(errors);
  });

  it('knows an e-mail address as zod does everywhere else (contracts/rules.ts copies its pattern)', () => {
    fc.assert(fc.property(fc.oneof(fc.emailAddress(), fc.string(), email), (text) => EMAIL_PATTERN.test(text) === z.regexes.email.test(text)), { numRuns: 2000 });
  });

  it('sends the address trimmed and lower-cased, and the code trimmed', async () => {
    const { check } = await compare({ email: ' Jan@Voorbeeld.NL ', password: ' geheim ', totp: ' 123456 ' }, true);
    expect(check.values).toEqual({ email: 'jan@voorbeeld.nl', password: ' geheim ', totp: '123456' });
  });
});
