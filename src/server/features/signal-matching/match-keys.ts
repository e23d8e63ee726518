import { ageOn } from '../../../contracts/bsn';
import { todayInNl } from '../../platform/nl-date';
import type { SecretBox } from '../../platform/secrets';
import { BSN_DIGEST } from '../households/check-duplicates';

/** The keys a registration is matched on: keyed digests only, never the BSN, name or birth date. */
export interface MatchKeys {
  bsnDigest: Buffer | null;
  nameDigest: Buffer | null;
}

const NAME_DIGEST = 'signal-match-name';

/** Lower case, accents and punctuation gone, one space between words: "Noah  Willems-Éen" → "noah willems een". */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The BSN digest is the same HMAC as persons' BSN (so a client's person record finds the
 * registrations about them); the name digest covers the normalised names and the birth date.
 */
export function matchKeysOf(box: SecretBox, who: { bsn?: string | null | undefined; givenName?: string | null | undefined; familyName?: string | null | undefined; birthDate: string }): MatchKeys {
  const bsnDigest = who.bsn ? box.digest(BSN_DIGEST, who.bsn) : null;
  const nameDigest = who.givenName && who.familyName ? box.digest(NAME_DIGEST, `${normaliseName(who.givenName)}|${normaliseName(who.familyName)}|${who.birthDate}`) : null;
  return { bsnDigest, nameDigest };
}

/** Signal matching is for young people under 23: their age on today's date in the Netherlands (not UTC's, an hour or two behind). */
export const tooOldForMatching = (birthDate: string, now: Date): boolean => ageOn(birthDate, todayInNl(now)) >= 23;

/** The registration's end: two years from now, or the 23rd birthday if that comes first. */
export function endOfRegistration(birthDate: string, now: Date): Date {
  const twoYears = new Date(now);
  twoYears.setUTCFullYear(twoYears.getUTCFullYear() + 2);
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const birthday23 = new Date(Date.UTC(year + 23, month - 1, day));
  return birthday23 < twoYears ? birthday23 : twoYears;
}
