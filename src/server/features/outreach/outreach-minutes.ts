import type { Sql } from '../../db/database';
import * as q from './queries';

export interface OutreachMinutes {
  teamId: string | null;
  /** Calendar month `YYYY-MM` (Europe/Amsterdam). */
  month: string;
  outreach: number;
  collective: number;
}

/**
 * Time spent on outreach and on collective work per team and month, for the time split
 * case / outreach / collective of the insight feature. `to` is exclusive. Runs in the caller's
 * tenant transaction; the caller decides who may see it.
 */
export async function outreachMinutesByTeamAndMonth(sql: Sql, range: { from: string; to: string }): Promise<OutreachMinutes[]> {
  const byKey = new Map<string, OutreachMinutes>();
  for (const row of await q.minutesByTeamAndMonth(sql, range.from, range.to)) {
    const key = `${row.team_id ?? ''}|${row.month}`;
    const entry = byKey.get(key) ?? { teamId: row.team_id, month: row.month, outreach: 0, collective: 0 };
    entry[row.activity_kind] += Number(row.minutes);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
