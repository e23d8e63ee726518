import type { ImportProblem, Origin } from './staging';

/** A weekly opening time of one service, location or service-at-location, as compact as the check needs. */
export interface WeeklySlot {
  id: string;
  /** Whose opening time it is, the most specific link first: `service_at_location:<id>`, `service:<id>` or `location:<id>`. */
  owner: string;
  days: string[];
  from: string;
  to: string;
  opens: number;
  closes: number;
  origin?: Origin;
}

const minutes = (time: unknown): number | null => {
  if (typeof time !== 'string') return null;
  const [h, m] = time.split(':').map(Number);
  return h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m) ? null : h * 60 + m;
};
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const owner = (values: Record<string, unknown>): string => {
  for (const column of ['service_at_location_id', 'service_id', 'location_id']) if (text(values[column])) return `${column.slice(0, -3)}:${text(values[column])!.toLowerCase()}`;
  return '';
};

/** The weekly slot of a schedule (an imported record's values or a stored row), or null when it is not a weekly opening time. */
export function weeklySlot(values: Record<string, unknown>, origin?: Origin): WeeklySlot | null {
  const opens = minutes(values.opens_at);
  const closes = minutes(values.closes_at);
  if ((values.freq ?? 'WEEKLY') !== 'WEEKLY' || opens === null || closes === null) return null;
  return {
    id: String(values.id).toLowerCase(),
    owner: owner(values),
    days: typeof values.byday === 'string' ? values.byday.split(',').map((d) => d.trim().toUpperCase().slice(-2)) : [],
    from: text(values.valid_from)?.slice(0, 10) ?? '0000-01-01',
    to: text(values.valid_to)?.slice(0, 10) ?? '9999-12-31',
    opens, closes, ...(origin ? { origin } : {}),
  };
}

const overlap = (a: WeeklySlot, b: WeeklySlot): boolean =>
  a.days.some((d) => b.days.includes(d)) && a.from <= b.to && b.from <= a.to && a.opens < b.closes && b.opens < a.closes;

/**
 * Weekly opening hours of one service, location or service-at-location must not overlap on the
 * same day: not among the imported schedules, nor with stored ones the import leaves in place.
 * Two such schedules mean the data contradicts itself (or was imported twice with new ids).
 */
export function scheduleOverlaps(imported: readonly WeeklySlot[], stored: readonly WeeklySlot[]): ImportProblem[] {
  const group = (slots: readonly WeeklySlot[]) => {
    const byOwner = new Map<string, WeeklySlot[]>();
    for (const slot of slots) {
      const list = byOwner.get(slot.owner);
      if (list) list.push(slot);
      else byOwner.set(slot.owner, [slot]);
    }
    return byOwner;
  };
  const byOwner = group(imported);
  const storedByOwner = group(stored);
  const problems: ImportProblem[] = [];
  const report = (slot: WeeklySlot, message: string) => problems.push({ ...slot.origin!, code: 'schedule_overlap', object: 'schedule', field: 'opens_at', message });
  for (const [owner, slots] of byOwner) {
    slots.forEach((b, j) => {
      const clash = slots.slice(0, j).find((a) => overlap(a, b));
      if (clash) report(b, `Opening hours overlap schedule ${clash.id} on the same day`);
      const kept = (storedByOwner.get(owner) ?? []).find((a) => overlap(a, b));
      if (kept) report(b, `Opening hours overlap schedule ${kept.id}, already in the directory, on the same day`);
    });
  }
  return problems;
}

