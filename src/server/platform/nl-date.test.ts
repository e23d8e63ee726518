import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openTestDatabase } from '../testing/test-database';
import { nlDateSql, todayInNl } from './nl-date';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

// Around midnight in winter (UTC+1) and summer (UTC+2), and the nights the clocks change.
const MOMENTS = ['2026-11-27T22:59:59Z', '2026-11-27T23:00:00Z', '2026-11-27T23:30:00Z', '2026-06-30T21:59:59Z', '2026-06-30T22:00:00Z',
  '2026-03-28T23:30:00Z', '2026-03-29T01:30:00Z', '2026-10-24T22:30:00Z', '2026-10-25T00:30:00Z'];

describe('the Dutch date', () => {
  it('is the same day in the app and in SQL, also when the UTC date is still yesterday', async () => {
    expect(todayInNl(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(todayInNl(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    const inSql = await db.asOwner((sql) => Promise.all(MOMENTS.map(async (m) =>
      (await sql.query<{ day: string }>(`select ${nlDateSql('$1::timestamptz')}::text as day`, [m]))[0]!.day)));
    expect(inSql).toEqual(MOMENTS.map((m) => todayInNl(new Date(m))));
  });
});
