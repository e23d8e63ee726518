import type { ImportRow, RowSet } from './row-set';

const minutes = (time: unknown): number | null => {
  if (typeof time !== 'string') return null;
  const [h, m] = time.split(':').map(Number);
  return h === undefined || m === undefined ? null : h * 60 + m;
};
const days = (row: ImportRow): string[] => (typeof row.values.byday === 'string' ? row.values.byday.split(',').map((d) => d.trim().toUpperCase().slice(-2)) : []);
const periodsOverlap = (a: ImportRow, b: ImportRow): boolean => {
  const from = (r: ImportRow) => (typeof r.values.valid_from === 'string' ? r.values.valid_from : '0000-01-01');
  const to = (r: ImportRow) => (typeof r.values.valid_to === 'string' ? r.values.valid_to : '9999-12-31');
  return from(a) <= to(b) && from(b) <= to(a);
};

/**
 * Weekly opening hours of one service, location or service-at-location must not overlap on the
 * same day: two such schedules mean the data contradicts itself (or was imported twice with new ids).
 */
export function checkScheduleOverlaps(set: RowSet): void {
  const byOwner = new Map<string, ImportRow[]>();
  for (const row of set.of('schedule')) {
    const v = row.values;
    if ((v.freq ?? 'WEEKLY') !== 'WEEKLY' || minutes(v.opens_at) === null || minutes(v.closes_at) === null) continue;
    const owner = `${v.service_id ?? ''}|${v.location_id ?? ''}|${v.service_at_location_id ?? ''}`;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), row]);
  }
  for (const rows of byOwner.values()) {
    rows.forEach((b, j) => {
      const clash = rows.slice(0, j).find((a) => {
        const shared = days(a).some((d) => days(b).includes(d));
        return shared && periodsOverlap(a, b) && minutes(a.values.opens_at)! < minutes(b.values.closes_at)! && minutes(b.values.opens_at)! < minutes(a.values.closes_at)!;
      });
      if (clash)
        set.problem({ ...b.origin, code: 'schedule_overlap', object: 'schedule', field: 'opens_at', message: `Opening hours overlap schedule ${String(clash.values.id)} on the same day` });
    });
  }
}
