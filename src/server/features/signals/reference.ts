import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a reference read out over the phone should not be misheard. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A human-friendly reference like `SIG-2026-K7M4QX` (31⁶ ≈ 887 million per year). */
export function newSignalReference(at: Date): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `SIG-${at.getUTCFullYear()}-${code}`;
}
