import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app';
import { auditEventsOf, fieldsOf, openPlanTestbed, OUTSIDERS_REFUSED, outsiderStatuses, registerFamily, type Cookies, type FreshHousehold } from '../../testing/household-kit';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
const goals: string[] = [];
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
  for (const ownWords of ['Ik wil weer met plezier naar school', 'Samen eten zonder ruzie']) {
    const goal = await t.request('POST', `/api/v1/households/${family.id}/goals`, { cookie: who.coach, body: { domain: 'home', ownWords } });
    goals.push(goal.json().id);
  }
});
afterAll(() => t.close());

const url = (path = '') => `/api/v1/households/${family.id}${path}`;
const state = () =>
  t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => ({
    household: (await sql.query<{ status: string; close_reason: string | null }>('select status, close_reason from households where id = $1', [family.id]))[0],
    plans: await sql.query<{ status: string }>('select status from plans where household_id = $1', [family.id]),
    goals: await sql.query<{ status: string }>('select status from goals where household_id = $1 order by created_at', [family.id]),
  }));

describe('closing a case', () => {
  it('needs an evaluation of every open goal, names what is missing or wrong, and changes nothing', async () => {
    const before = await state();
    const missing = await t.request('POST', url('/closures'), { cookie: who.coach, body: { reason: 'Doelen bereikt', goalEvaluations: [{ goalId: goals[0], status: 'achieved', evaluation: 'Gaat elke dag' }] } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams).toEqual([{ name: 'body.goalEvaluations', reason: expect.stringContaining('Samen eten zonder ruzie') }]);

    const wrong = await t.request('POST', url('/closures'), {
      cookie: who.coach,
      body: {
        reason: 'Doelen bereikt',
        goalEvaluations: [
          { goalId: goals[0], status: 'achieved', evaluation: 'Gaat elke dag' },
          { goalId: goals[0], status: 'achieved', evaluation: 'Nog eens' },
          { goalId: '01900000-0000-7000-8000-00000000abcd', status: 'achieved', evaluation: 'Onbekend' },
          { goalId: goals[1], status: 'open', evaluation: '' },
        ],
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong.json())).toEqual(expect.arrayContaining(['body.goalEvaluations.3.status', 'body.goalEvaluations.3.evaluation']));

    const unknownGoal = await t.request('POST', url('/closures'), {
      cookie: who.coach,
      body: {
        reason: 'Doelen bereikt',
        goalEvaluations: [
          { goalId: goals[0], status: 'achieved', evaluation: 'Gaat elke dag' },
          { goalId: goals[0], status: 'achieved', evaluation: 'Nog eens' },
          { goalId: '01900000-0000-7000-8000-00000000abcd', status: 'achieved', evaluation: 'Onbekend' },
        ],
      },
    });
    expect(fieldsOf(unknownGoal.json())).toEqual(['body.goalEvaluations.1.goalId', 'body.goalEvaluations.2.goalId', 'body.goalEvaluations']);
    expect((await t.request('POST', url('/closures'), { cookie: who.coach, body: { reason: '', goalEvaluations: [] } })).statusCode).toBe(400);
    expect(await state()).toEqual(before);
  });

  it('is refused to outsiders (404) and to a case team member who is not the coordinator (403)', async () => {
    const body = { reason: 'Verhuisd', goalEvaluations: [] };
    expect(await outsiderStatuses(t, who, 'POST', url('/closures'), { body })).toEqual(OUTSIDERS_REFUSED);
    const colleague = await teamColleague();
    expect((await t.request('POST', url('/case-members'), { cookie: who.coach, body: { userId: colleague.id, role: 'member' } })).statusCode).toBe(201);
    const asMember = await t.request('POST', url('/closures'), { cookie: await t.signIn(colleague.email), body });
    expect(asMember.statusCode).toBe(403);
  });

  it('closes goals, plan and household together, with the reason and who closed it', async () => {
    const response = await t.request('POST', url('/closures'), {
      cookie: who.coach,
      body: {
        reason: 'De doelen zijn bereikt; het gewone leven gaat weer.',
        goalEvaluations: [
          { goalId: goals[0], status: 'achieved', evaluation: 'Milan gaat elke dag met plezier' },
          { goalId: goals[1], status: 'partly_achieved', evaluation: 'Meestal lukt het' },
        ],
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ householdId: family.id, closedByName: 'Sanne de Vries', goals: [{ status: 'achieved' }, { status: 'partly_achieved' }] });
    expect(await state()).toEqual({
      household: { status: 'closed', close_reason: 'De doelen zijn bereikt; het gewone leven gaat weer.' },
      plans: [{ status: 'closed' }],
      goals: [{ status: 'achieved' }, { status: 'partly_achieved' }],
    });
    expect(await auditEventsOf(t, family.id, 'case.closed')).toHaveLength(1);
    const file = (await t.request('GET', url(), { cookie: who.coach })).json();
    expect(file).toMatchObject({ status: 'closed', closeReason: 'De doelen zijn bereikt; het gewone leven gaat weer.' });
  });

  it('takes no more changes once closed, while the plan stays readable', async () => {
    expect((await t.request('POST', url('/closures'), { cookie: who.coach, body: { reason: 'Nog een keer', goalEvaluations: [] } })).statusCode).toBe(409);
    expect((await t.request('POST', url('/goals'), { cookie: who.coach, body: { domain: 'home', ownWords: 'Nieuw doel' } })).statusCode).toBe(409);
    expect((await t.request('POST', url(`/goals/${goals[0]}/ratings`), { cookie: who.coach, body: { rating: 8 } })).statusCode).toBe(409);
    const plan = await t.request('GET', url('/plan'), { cookie: who.coach });
    expect(plan.json()).toMatchObject({ status: 'closed', goals: [{ evaluation: 'Milan gaat elke dag met plezier' }, { evaluation: 'Meestal lukt het' }] });
  });

  it('closes a case without a plan with just a reason', async () => {
    const other = await registerFamily(t, who.coach, 'de Boer');
    const response = await t.request('POST', `/api/v1/households/${other.id}/closures`, { cookie: who.teamLead, body: { reason: 'Gezin is verhuisd', goalEvaluations: [] } });
    expect(response.statusCode).toBe(201);
    expect(response.json().goals).toEqual([]);
  });
});

/** Another coach of Team Noord (the demo seed adds several). */
async function teamColleague(): Promise<{ id: string; email: string }> {
  const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query<{ id: string; email: string }>(
      `select u.id, u.email from users u join team_members tm on tm.tenant_id = u.tenant_id and tm.user_id = u.id join teams t on t.tenant_id = tm.tenant_id and t.id = tm.team_id
        where t.name = 'Team Noord' and 'coach' = any(u.roles) and u.email <> 'coach@voorbeeld.nl' order by u.email limit 1`,
    ),
  );
  return rows[0]!;
}
