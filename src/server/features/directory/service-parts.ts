import type { ScheduleInput } from '../../../contracts/directory';
import type { Sql } from '../../db/database';
import { AppError, type InvalidParam } from '../../platform/errors';
import * as q from './write-queries';

/** The lists of a service that are written as a whole: themes, languages, districts, phones, locations, schedules. */
export interface ServiceParts {
  themes?: string[] | undefined;
  languages?: string[] | undefined;
  districtIds?: string[] | undefined;
  phones?: { number: string; description: string | null }[] | undefined;
  locationIds?: string[] | undefined;
  schedules?: ScheduleInput[] | undefined;
}

/** The index of the first schedule that overlaps an earlier one on the same day and place, or -1. */
export function overlappingSchedule(schedules: readonly ScheduleInput[]): number {
  return schedules.findIndex((s, i) => schedules.slice(0, i).some((e) =>
    (e.locationId ?? null) === (s.locationId ?? null) && e.weekdays.some((d) => s.weekdays.includes(d))
    && e.opensAt < s.closesAt && s.opensAt < e.closesAt
    && (e.validFrom ?? '0000') <= (s.validTo ?? '9999') && (s.validFrom ?? '0000') <= (e.validTo ?? '9999')));
}

/**
 * Checks the parts against the tenant's data (theme codes, districts, locations, schedule places,
 * overlaps) and answers every problem at once, naming each field. Returns the theme term ids.
 */
export async function checkParts(sql: Sql, parts: ServiceParts, knownLocationIds: readonly string[] = []): Promise<string[] | null> {
  const problems: InvalidParam[] = [];
  let termIds: string[] | null = null;
  if (parts.themes) {
    const terms = await q.termIdsByCode(sql, parts.themes);
    parts.themes.forEach((code, i) => { if (!terms.has(code)) problems.push({ name: `body.themes.${i}`, reason: `Unknown theme "${code}"` }); });
    termIds = [...new Set(parts.themes.flatMap((c) => terms.get(c) ?? []))];
  }
  if (parts.districtIds?.length) {
    const found = await q.existingIds(sql, 'districts', parts.districtIds);
    parts.districtIds.forEach((id, i) => { if (!found.has(id)) problems.push({ name: `body.districtIds.${i}`, reason: 'Unknown district' }); });
  }
  if (parts.locationIds?.length) {
    const found = await q.existingIds(sql, 'locations', parts.locationIds);
    parts.locationIds.forEach((id, i) => { if (!found.has(id)) problems.push({ name: `body.locationIds.${i}`, reason: 'Unknown location' }); });
  }
  if (parts.schedules) {
    const places = new Set([...(parts.locationIds ?? knownLocationIds)]);
    parts.schedules.forEach((s, i) => { if (s.locationId && !places.has(s.locationId)) problems.push({ name: `body.schedules.${i}.locationId`, reason: 'This place is not one of the service\'s locations' }); });
    const overlap = overlappingSchedule(parts.schedules);
    if (overlap >= 0) problems.push({ name: `body.schedules.${overlap}`, reason: 'These opening hours overlap other hours on the same day and place' });
  }
  if (problems.length) throw new AppError('validation_failed', { invalidParams: problems, detail: 'Some details are not right.' });
  return termIds;
}

export async function writeParts(sql: Sql, serviceId: string, parts: ServiceParts, termIds: string[] | null): Promise<void> {
  if (termIds) await q.replaceThemes(sql, serviceId, termIds);
  if (parts.languages) await q.replaceLanguages(sql, serviceId, [...new Set(parts.languages)]);
  if (parts.districtIds) await q.replaceDistricts(sql, serviceId, [...new Set(parts.districtIds)]);
  if (parts.phones) await q.replacePhones(sql, serviceId, parts.phones);
  if (parts.locationIds || parts.schedules)
    await q.replaceLocationsAndSchedules(sql, serviceId, parts.locationIds ? [...new Set(parts.locationIds)] : null,
      parts.schedules?.map((s) => ({ locationId: s.locationId, byday: s.weekdays.join(','), opensAt: s.opensAt, closesAt: s.closesAt, validFrom: s.validFrom, validTo: s.validTo, description: s.description })) ?? null);
}
