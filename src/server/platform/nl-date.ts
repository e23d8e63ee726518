import { dutchToday } from '../../contracts/households';

/**
 * Today's date where the teams work (Europe/Amsterdam), as `YYYY-MM-DD`. A consent recorded at
 * 00:30 starts today here, not yesterday as the UTC date would have it.
 */
export const todayInNl = dutchToday;

/**
 * The same day in SQL, for comparisons with dates the app wrote with `todayInNl` (consents' validity,
 * ages). `current_date` follows the session's time zone (UTC on our servers and in PGlite), which is
 * a day behind in the first hour or two after midnight.
 */
export const nlDateSql = (moment: string): string => `(${moment} at time zone 'Europe/Amsterdam')::date`;
export const NL_TODAY_SQL = nlDateSql('now()');
