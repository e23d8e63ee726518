import type { OutreachLogView, OutreachTheme } from '../../../contracts/outreach';
import type { z } from 'zod';
import type { ConcernCategory as Concerns } from '../../../contracts/signals';
import { EMPTY_SIGNAL } from './send-signal-schema';

type ConcernCategory = z.infer<typeof Concerns>;

/** The outreach themes that name a concern category; the others (leisure, work, friends, online) do not. */
const CONCERN_OF_THEME: Partial<Record<OutreachTheme, ConcernCategory>> = {
  school: 'school_attendance', home: 'home_situation', substances: 'substance_use', safety: 'safety', money: 'money', health: 'health',
};

/**
 * The send form prefilled from a visit: its themes as concerns where they map, its follow-up as
 * what the worker already did. The log has no personal data, so who it is about stays empty.
 */
export function signalDefaultsFromLog(log: Pick<OutreachLogView, 'themes' | 'followUp'>): typeof EMPTY_SIGNAL {
  const concerns = log.themes.map((theme) => CONCERN_OF_THEME[theme]).filter((c): c is ConcernCategory => c !== undefined);
  return { ...EMPTY_SIGNAL, concerns, actionsTaken: log.followUp };
}
