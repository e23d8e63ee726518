import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { SecretBox } from '../../platform/secrets';

const PURPOSE = 'referral-link';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{22}$/;

/**
 * A link token: 32 random bytes and an HMAC over them under the app secret. The signature lets a
 * forged or mistyped token be refused before any lookup; the database keeps only the token's hash.
 */
export function signLinkToken(box: SecretBox): string {
  const body = randomBytes(32).toString('base64url');
  return `${body}.${signature(box, body).toString('base64url')}`;
}

export function verifyLinkToken(box: SecretBox, token: string): boolean {
  if (!TOKEN_SHAPE.test(token)) return false;
  const [body, sig] = token.split('.') as [string, string];
  const given = Buffer.from(sig, 'base64url');
  const expected = signature(box, body);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const signature = (box: SecretBox, body: string): Buffer => box.digest(PURPOSE, body).subarray(0, 16);
