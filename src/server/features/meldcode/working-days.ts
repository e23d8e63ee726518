/**
 * Whole working days (Monday to Friday, in Amsterdam) that have passed since `since`: a step opened
 * on a Friday afternoon is one working day old on Monday afternoon. Public holidays are not counted
 * apart; a reminder on the day after one comes a day early, which errs on the side of safety.
 */
export function workingDaysBetween(since: Date, now: Date): number {
  if (now <= since) return 0;
  const day = (d: Date) => new Date(`${d.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })}T00:00:00Z`);
  const start = day(since);
  const end = day(now);
  let count = 0;
  for (const d = new Date(start); d < end; d.setUTCDate(d.getUTCDate() + 1)) {
    const next = new Date(d);
    next.setUTCDate(next.getUTCDate() + 1);
    const weekday = next.getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
