import { createHash, randomBytes } from 'node:crypto';

/** A random bearer token (256 bits) for cookies and single-use links; only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
