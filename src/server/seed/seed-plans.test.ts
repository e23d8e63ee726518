import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanMeetingView, PlanView } from '../../contracts/plans';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let coach: string;
beforeAll(async () => {
  t = await createTestApp({ households: 60 });
  coach = await t.signIn('coach@voorbeeld.nl');
});
afterAll(() => t.close());

const query = <T>(tenantId: string, text: string) => t.db.withTenant({ tenantId }, (sql) => sql.query<T>(text));

describe('demo plans', () => {
  it('gives most active households a plan with one to four goals in own words, rated 0–10 over time', async () => {
    const [counts] = await query<{ active: number; plans: number; min_goals: number; max_goals: number; bad_ratings: number; rated: number }>(t.tenant.id,
      `select (select count(*)::int from households where status = 'active') as active, (select count(*)::int from plans) as plans,
              (select min(n)::int from (select count(*) as n from goals group by plan_id) g) as min_goals,
              (select max(n)::int from (select count(*) as n from goals group by plan_id) g) as max_goals,
              (select count(*)::int from goal_ratings where rating not between 0 and 10) as bad_ratings,
              (select count(distinct goal_id)::int from goal_ratings) as rated`);
    expect(counts!.plans).toBeGreaterThan(counts!.active / 2);
    expect(counts!.min_goals).toBeGreaterThanOrEqual(1);
    expect(counts!.max_goals).toBeLessThanOrEqual(4);
    expect(counts!.bad_ratings).toBe(0);
    expect(counts!.rated).toBeGreaterThan(counts!.plans);
  });

  it('gives actions mostly to the family and its network, ZRM only to adults, and contacts only in the past', async () => {
    const owners = await query<{ owner_kind: string; n: number }>(t.tenant.id, 'select owner_kind, count(*)::int as n from plan_actions group by owner_kind');
    const share = (kinds: string[]) => owners.filter((o) => kinds.includes(o.owner_kind)).reduce((sum, o) => sum + o.n, 0);
    expect(share(['family', 'network'])).toBeGreaterThan(share(['professional', 'service']));
    const minors = await query(t.tenant.id, "select 1 from zrm_assessments z join persons p on p.id = z.person_id where age(z.assessed_on, p.birth_date) < interval '18 years'");
    expect(minors).toEqual([]);
    const perAdult = await query<{ n: number }>(t.tenant.id, 'select count(*)::int as n from zrm_assessments group by person_id');
    expect(perAdult.every((r) => r.n >= 1 && r.n <= 4)).toBe(true);
    expect(await query(t.tenant.id, 'select 1 from contacts where occurred_on > current_date')).toEqual([]);
  });

  it('keeps each team\'s first household a fresh case', async () => {
    const firsts = await query<{ things: number }>(t.tenant.id,
      `select (select count(*)::int from plans p where p.household_id = h.id) + (select count(*)::int from contacts c where c.household_id = h.id)
              + (select count(*)::int from network_ties n where n.household_id = h.id) as things
         from (select h.*, row_number() over (partition by team_id order by id) as n from households h) h where h.n = 1`);
    expect(firsts.map((f) => f.things)).toEqual([0, 0]);
  });

  it('serves seeded plans, meetings and timelines through the API as valid views', async () => {
    const [household] = await query<{ id: string }>(t.tenant.id,
      `select m.household_id as id from plan_meetings m join case_members cm on cm.household_id = m.household_id and cm.role = 'coordinator'
         join users u on u.id = cm.user_id where u.email = 'coach@voorbeeld.nl' limit 1`);
    expect(household).toBeDefined();
    const plan = await t.request('GET', `/api/v1/households/${household!.id}/plan`, { cookie: coach });
    expect(PlanView.parse(plan.json()).goals.length).toBeGreaterThan(0);
    const meetings = (await t.request('GET', `/api/v1/households/${household!.id}/plan-meetings`, { cookie: coach })).json();
    expect(meetings.items.map((m: unknown) => PlanMeetingView.parse(m))).toHaveLength(1);
    const timeline = await t.request('GET', `/api/v1/households/${household!.id}/timeline?limit=100`, { cookie: coach });
    expect(timeline.statusCode).toBe(200);
    expect(timeline.json().items.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['plan_created', 'goal_created', 'goal_rated', 'plan_meeting', 'contact']));
  });

  it('is deterministic: the same seed gives the same plans', async () => {
    const goalsOf = async (tenantId: string) =>
      (await query<{ line: string }>(tenantId, "select g.own_words || ' ' || g.domain || ' ' || (select string_agg(r.rating::text, ',' order by r.rated_at) from goal_ratings r where r.goal_id = g.id) as line from goals g order by g.id"))
        .map((r) => r.line);
    const [a, b] = [await t.addTenant(), await t.addTenant()];
    expect(await goalsOf(a.id)).toEqual(await goalsOf(b.id));
    expect((await goalsOf(a.id)).length).toBeGreaterThan(0);
  });
});
