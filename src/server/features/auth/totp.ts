import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';

const PERIOD_SECONDS = 30;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function totpFor(secretBase32: string, label: string, issuer: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export async function totpEnrolment(secretBase32: string, email: string, issuer: string) {
  const otpauthUri = totpFor(secretBase32, email, issuer).toString();
  // qrcode loads with the first two-factor set-up, not at server start (decision 0017).
  const { default: QRCode } = await import('qrcode');
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret: secretBase32, otpauthUri, qrSvg };
}

/**
 * Checks a 6-digit code, allowing one step of clock drift, and refuses a step at or before the last
 * one used so a code cannot be replayed. Returns the time step matched, or null.
 */
export function matchTotpStep(secretBase32: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  const delta = totpFor(secretBase32, 'x', 'x').validate({ token: code, window: 1, timestamp: now });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export function totpCodeAt(secretBase32: string, timestamp: number): string {
  return totpFor(secretBase32, 'x', 'x').generate({ timestamp });
}

/** Ten single-use recovery codes like `K7Q2M-XW4PD` (50 bits each); stored only as SHA-256 hashes. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from(randomBytes(10), (b) => BASE32[b % 32]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/-/g, '')).digest('hex');
}
