import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Sql } from '../../db/database';
import { newId } from '../../platform/ids';
import { openTestDatabase } from '../../testing/test-database';
import { amsterdamClock, isOpenAt, type OpeningRule } from './open-now';
import { openRuleSql, opensOnParamSql, opensOnSql } from './search-queries';

let db: Database;
let tenantId: string;
beforeAll(async () => {
  db = await openTestDatabase();
  // The statements read only a temporary table: any tenant context will do.
  tenantId = newId();
});
afterAll(() => db.close());

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const day = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const rule: fc.Arbitrary<OpeningRule> = fc.record({
  freq: fc.constantFrom('WEEKLY', 'WEEKLY', 'MONTHLY', null),
  byday: fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).map((d) => d.join(',')),
  opensAt: fc.option(time, { nil: null }), closesAt: fc.option(time, { nil: null }),
  validFrom: fc.option(day, { nil: null }), validTo: fc.option(day, { nil: null }),
});
// Moments around the clock changes (last Sundays of March and October) as well as anywhere.
const moment = fc.oneof(
  fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
  fc.integer({ min: -180, max: 180 }).map((m) => new Date(Date.parse('2026-10-25T01:00:00Z') + m * 60_000)),
  fc.integer({ min: -180, max: 180 }).map((m) => new Date(Date.parse('2027-03-28T01:00:00Z') + m * 60_000)),
);

/**
 * The search filter's own SQL condition, on the same rules and moment: the rules are rows of a
 * temporary copy of schedules, whose weekday columns PostgreSQL computes as it does for the
 * real table (migration 0018); both forms of the weekday check, the column the search's index
 * covers and the one chosen by a parameter.
 */
async function openInSql(rules: OpeningRule[], at: Date): Promise<boolean[]> {
  const clock = amsterdamClock(at);
  return withRules(rules, async (sql) => {
    const [row] = await sql.query<{ column: boolean; param: boolean }>(
      `select exists (select 1 from sc where ${openRuleSql(opensOnSql(clock.weekday), '$1::time', '$2::date')}) as column,
              exists (select 1 from sc where ${openRuleSql(opensOnParamSql('$3::text'), '$1::time', '$2::date')}) as param`,
      [clock.time, clock.date, clock.weekday]);
    return [row!.column, row!.param];
  });
}

/** The hours of the week each rule of temporary table sc is open in (migration 0023). */
const OPEN_HOURS = 'sc cross join lateral directory_open_hours(row(sc.*)::schedules) h(slot)';

/** The rules hold the facet of the moment's weekday and hour (directory_open_hours, migration 0023). */
async function openHourInSql(rules: OpeningRule[], at: Date): Promise<boolean> {
  const clock = amsterdamClock(at);
  return withRules(rules.map((r) => ({ ...r, validFrom: null, validTo: null })), async (sql) => {
    const [row] = await sql.query<{ open: boolean }>(`select exists (select 1 from ${OPEN_HOURS} where h.slot = $1) as open`, [`${clock.weekday}:${clock.time.slice(0, 2)}`]);
    return row!.open;
  });
}

/** Runs `work` with the rules as rows of a temporary copy of schedules, `sc`, dropped at commit. */
function withRules<T>(rules: OpeningRule[], work: (sql: Sql) => Promise<T>): Promise<T> {
  return db.withTenant({ tenantId }, async (sql) => {
    await sql.query('create temporary table sc (like schedules including generated) on commit drop');
    await sql.query(
      `insert into sc (tenant_id, id, freq, byday, opens_at, closes_at, valid_from, valid_to)
       select $1, gen_random_uuid(), r.freq, r.byday, r.opens_at, r.closes_at, r.valid_from, r.valid_to
         from jsonb_to_recordset($2::jsonb) as r(freq text, byday text, opens_at time, closes_at time, valid_from date, valid_to date)`,
      [tenantId, JSON.stringify(rules.map((r) => ({ freq: r.freq, byday: r.byday, opens_at: r.opensAt, closes_at: r.closesAt, valid_from: r.validFrom, valid_to: r.validTo })))]);
    return work(sql);
  });
}

describe('open now', () => {
  it('reads the Amsterdam wall clock across summer and winter time', () => {
    expect(amsterdamClock(new Date('2026-07-01T07:30:00Z'))).toEqual({ date: '2026-07-01', time: '09:30:00', weekday: 'WE' });
    expect(amsterdamClock(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30:00', weekday: 'FR' });
  });

  it('is open from opening time up to, not including, closing time on the named days', () => {
    const rules: OpeningRule[] = [{ freq: 'WEEKLY', byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00', validFrom: null, validTo: '2026-12-31' }];
    expect(isOpenAt(rules, new Date('2026-11-30T08:00:00Z'))).toBe(true); // Monday 09:00 in winter time
    expect(isOpenAt(rules, new Date('2026-11-30T10:59:59Z'))).toBe(true);
    expect(isOpenAt(rules, new Date('2026-11-30T11:00:00Z'))).toBe(false);
    expect(isOpenAt(rules, new Date('2026-12-01T08:30:00Z'))).toBe(false); // Tuesday
    expect(isOpenAt(rules, new Date('2027-01-04T08:30:00Z'))).toBe(false); // after valid_to
  });

  it('the SQL filter and the TypeScript rule agree on any schedules and moment', async () => {
    await fc.assert(fc.asyncProperty(fc.array(rule, { maxLength: 4 }), moment, async (rules, at) => {
      const open = isOpenAt(rules, at);
      expect(await openInSql(rules, at)).toEqual([open, open]);
    }), { numRuns: 150, seed: 20261126 });
  });

  it('lists the hours a weekly schedule is open in, from the hour it opens to the one before it closes on the hour', async () => {
    const hours = (byday: string, opensAt: string, closesAt: string) =>
      withRules([{ freq: 'WEEKLY', byday, opensAt, closesAt, validFrom: null, validTo: null }], async (sql) =>
        (await sql.query<{ slot: string }>(`select h.slot from ${OPEN_HOURS} order by 1`)).map((r) => r.slot));
    expect(await hours('MO', '09:00', '10:00')).toEqual(['MO:09']);
    expect(await hours('MO,WE', '09:15', '11:00')).toEqual(['MO:09', 'MO:10', 'WE:09', 'WE:10']);
    expect(await hours('SU', '22:30', '23:59')).toEqual(['SU:22', 'SU:23']);
    expect(await hours('TU', '10:00', '10:00')).toEqual([]);
  });

  it('the facet of an hour holds exactly the rules open at some moment of it, whatever their validity dates', async () => {
    // Opening times fall on quarter hours: a rule is open in an hour when it is open at one of them.
    // UTC and Amsterdam differ by whole hours, so the moment's minutes are its wall clock's.
    const quarters = (at: Date) => [0, 15, 30, 45].map((m) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), m)));
    await fc.assert(fc.asyncProperty(fc.array(rule, { maxLength: 4 }), moment, async (rules, at) => {
      const timeless = rules.map((r) => ({ ...r, validFrom: null, validTo: null }));
      expect(await openHourInSql(rules, at)).toBe(quarters(at).some((q) => isOpenAt(timeless, q)));
    }), { numRuns: 150, seed: 20261127 });
  });
});
