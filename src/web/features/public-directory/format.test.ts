import { describe, expect, it } from 'vitest';
import type { ScheduleView } from '../../../contracts/directory';
import { openingDays, routeUrl } from './format';

const schedule = (weekdays: ScheduleView['weekdays'], opensAt: string, closesAt: string): ScheduleView => ({
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', locationId: null, freq: 'WEEKLY', weekdays, opensAt, closesAt, validFrom: null, validTo: null, description: null,
});

describe('opening times', () => {
  it('lists each weekday Monday first with its times in order, leaving closed days out', () => {
    const days = openingDays([schedule(['WE', 'MO'], '13:00', '17:00'), schedule(['MO'], '09:00', '12:00'), schedule(['SA'], '10:00', '12:30')]);
    expect(days).toEqual([
      { day: 'MO', times: ['09:00–12:00', '13:00–17:00'] },
      { day: 'WE', times: ['13:00–17:00'] },
      { day: 'SA', times: ['10:00–12:30'] },
    ]);
  });

  it('leaves out schedules without times', () => {
    expect(openingDays([{ ...schedule(['MO'], '09:00', '12:00'), opensAt: null }])).toEqual([]);
  });
});

describe('route link', () => {
  it('points to the OpenStreetMap route planner with the place as destination', () => {
    expect(routeUrl(52.1, 5.12)).toBe('https://www.openstreetmap.org/directions?route=%3B52.1%2C5.12');
  });
});
