import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ households: 40 });
});
afterAll(() => t.close());

describe('demo signals', () => {
  it('has signals in every state in both teams, some overdue, some from the public form, linked ones on households', async () => {
    const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query<{ team: string; status: string; overdue: boolean; source: string; linked: boolean; events: string }>(
        `select t.name as team, s.status, s.first_contact_due < current_date as overdue, s.source, s.household_id is not null as linked,
                (select count(*) from signal_events e where e.signal_id = s.id)::text as events
           from signals s join teams t on t.id = s.team_id`,
      ));
    for (const team of ['Team Noord', 'Team Zuid']) {
      const mine = rows.filter((r) => r.team === team);
      expect(new Set(mine.map((r) => r.status))).toEqual(new Set(['received', 'picked_up', 'closed']));
      expect(mine.some((r) => r.status === 'received' && r.overdue)).toBe(true);
      expect(mine.some((r) => r.source === 'public')).toBe(true);
      expect(mine.some((r) => r.linked)).toBe(true);
    }
    expect(rows.every((r) => Number(r.events) >= 1)).toBe(true);
  });
});
