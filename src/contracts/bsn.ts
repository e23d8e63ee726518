/**
 * The 11-proef for a BSN (burgerservicenummer): 9 digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not all zeros.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** Whole years between a birth date and a day (both `YYYY-MM-DD`), as a Dutch register counts them. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
