import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app';
import { auditEventsOf, fieldsOf, openPlanTestbed, OUTSIDERS_REFUSED, outsiderStatuses, registerFamily, type Cookies, type FreshHousehold } from '../../testing/household-kit';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
});
afterAll(() => t.close());

const url = (path = '') => `/api/v1/households/${family.id}${path}`;

describe('the plan', () => {
  it('does not exist before it is started, then one active plan is made and shown with its ETag', async () => {
    expect((await t.request('GET', url('/plan'), { cookie: who.coach })).statusCode).toBe(404);
    const created = await t.request('POST', url('/plan'), { cookie: who.coach });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ householdId: family.id, status: 'active', goals: [] });
    const read = await t.request('GET', url('/plan'), { cookie: who.coach });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe(`W/"${read.json().version}"`);
    expect(await auditEventsOf(t, family.id, 'plan.created')).toHaveLength(1);
  });

  it('refuses a second active plan with a 409 that names the household', async () => {
    const second = await t.request('POST', url('/plan'), { cookie: who.coach });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'conflict', invalidParams: [{ name: 'path.householdId' }] });
    const plans = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query('select 1 from plans where household_id = $1', [family.id]));
    expect(plans).toHaveLength(1);
  });

  it('is open to the team lead, and closed to outsiders exactly as a household that does not exist', async () => {
    expect((await t.request('GET', url('/plan'), { cookie: who.teamLead })).statusCode).toBe(200);
    expect(await outsiderStatuses(t, who, 'GET', url('/plan'))).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'POST', url('/plan'))).toEqual(OUTSIDERS_REFUSED);
    const denied = await t.request('GET', url('/plan'), { cookie: who.otherTeam });
    const missing = await t.request('GET', '/api/v1/households/01900000-0000-7000-8000-00000000abcd/plan', { cookie: who.otherTeam });
    expect({ ...denied.json(), instance: '' }).toEqual({ ...missing.json(), instance: '' });
  });
});

describe('goals', () => {
  let goalId = '';

  it('adds a goal in own words for a member, audited for that person', async () => {
    const response = await t.request('POST', url('/goals'), { cookie: who.coach, body: { personId: family.childId, domain: 'school_work', ownWords: 'Ik wil weer met plezier naar school' } });
    expect(response.statusCode).toBe(201);
    goalId = response.json().id;
    expect(response.json()).toMatchObject({ personId: family.childId, status: 'open', version: 1, ratings: [], actions: [] });
    const events = await auditEventsOf(t, family.id, 'goal.created');
    expect(events.map((e) => e.person_id)).toEqual([family.childId]);
  });

  it('starts the plan when a household without one gets its first goal', async () => {
    const other = await registerFamily(t, who.coach, 'Bakker');
    const response = await t.request('POST', `/api/v1/households/${other.id}/goals`, { cookie: who.coach, body: { domain: 'home', ownWords: 'Samen eten zonder ruzie' } });
    expect(response.statusCode).toBe(201);
    const plan = (await t.request('GET', `/api/v1/households/${other.id}/plan`, { cookie: who.coach })).json();
    expect(plan.goals.map((g: { ownWords: string }) => g.ownWords)).toEqual(['Samen eten zonder ruzie']);
  });

  it('refuses a person from another household, an empty goal and an unknown domain, naming each field and saving nothing', async () => {
    const stranger = await registerFamily(t, who.coach, 'Visser');
    const before = (await t.request('GET', url('/plan'), { cookie: who.coach })).json();
    const foreign = await t.request('POST', url('/goals'), { cookie: who.coach, body: { personId: stranger.childId, domain: 'home', ownWords: 'Een eigen kamer' } });
    expect(foreign.statusCode).toBe(400);
    expect(fieldsOf(foreign.json())).toEqual(['body.personId']);
    const empty = await t.request('POST', url('/goals'), { cookie: who.coach, body: { domain: 'sport', ownWords: '   ' } });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty.json()).sort()).toEqual(['body.domain', 'body.ownWords']);
    const after = (await t.request('GET', url('/plan'), { cookie: who.coach })).json();
    expect(after).toEqual(before);
  });

  it('changes a goal only on top of the version the writer saw', async () => {
    const noHeader = await t.request('PATCH', url(`/goals/${goalId}`), { cookie: who.coach, body: { ownWords: 'Elke dag naar school' } });
    expect(noHeader.statusCode).toBe(428);
    expect(fieldsOf(noHeader.json())).toEqual(['header.if-match']);
    const ok = await t.request('PATCH', url(`/goals/${goalId}`), { cookie: who.coach, body: { ownWords: 'Elke dag naar school' }, headers: { 'if-match': 'W/"1"' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('W/"2"');
    expect(ok.json()).toMatchObject({ ownWords: 'Elke dag naar school', version: 2 });
    const stale = await t.request('PATCH', url(`/goals/${goalId}`), { cookie: who.coach, body: { ownWords: 'Iets anders' }, headers: { 'if-match': 'W/"1"' } });
    expect(stale.statusCode).toBe(412);
    const plan = (await t.request('GET', url('/plan'), { cookie: who.coach })).json();
    expect(plan.goals[0].ownWords).toBe('Elke dag naar school');
  });

  it('does not reach a goal or action of one household through the address of another', async () => {
    const other = await registerFamily(t, who.coach, 'Meijer');
    const goal = (await t.request('POST', `/api/v1/households/${other.id}/goals`, { cookie: who.coach, body: { domain: 'money', ownWords: 'Rekeningen op tijd betalen' } })).json();
    const action = (await t.request('POST', `/api/v1/households/${other.id}/goals/${goal.id}/actions`, { cookie: who.coach, body: { description: 'Post openen', ownerKind: 'family', ownerName: 'Ouder' } })).json();
    expect((await t.request('PATCH', url(`/goals/${goal.id}`), { cookie: who.coach, body: { ownWords: 'x' }, headers: { 'if-match': '1' } })).statusCode).toBe(404);
    expect((await t.request('POST', url(`/goals/${goal.id}/ratings`), { cookie: who.coach, body: { rating: 1 } })).statusCode).toBe(404);
    expect((await t.request('POST', url(`/goals/${goal.id}/actions`), { cookie: who.coach, body: { description: 'x', ownerKind: 'family', ownerName: 'x' } })).statusCode).toBe(404);
    expect((await t.request('PATCH', url(`/actions/${action.id}`), { cookie: who.coach, body: { done: true }, headers: { 'if-match': '1' } })).statusCode).toBe(404);
  });

  it('keeps goals and their plan away from outsiders', async () => {
    expect(await outsiderStatuses(t, who, 'POST', url('/goals'), { body: { domain: 'home', ownWords: 'Rust in huis' } })).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'PATCH', url(`/goals/${goalId}`), { body: { ownWords: 'x' }, headers: { 'if-match': 'W/"2"' } })).toEqual(OUTSIDERS_REFUSED);
    expect((await t.request('PATCH', url('/goals/01900000-0000-7000-8000-00000000abcd'), { cookie: who.coach, body: { ownWords: 'x' }, headers: { 'if-match': '1' } })).statusCode).toBe(404);
  });

  describe('ratings', () => {
    it('keeps every rating as history, by default from the goal\'s own person', async () => {
      for (const rating of [3, 5, 6]) {
        const response = await t.request('POST', url(`/goals/${goalId}/ratings`), { cookie: who.coach, body: { rating } });
        expect(response.statusCode).toBe(201);
        expect(response.json()).toMatchObject({ rating, ratedByPersonId: family.childId });
      }
      const plan = (await t.request('GET', url('/plan'), { cookie: who.coach })).json();
      expect(plan.goals[0].ratings.map((r: { rating: number }) => r.rating)).toEqual([3, 5, 6]);
      const reads = (await auditEventsOf(t, family.id, 'person.read')).filter((e) => e.details.part === 'plan.read');
      expect(reads.length).toBeGreaterThan(0);
      expect(new Set(reads.map((r) => r.person_id))).toEqual(new Set([family.childId]));
    });

    it('accepts exactly the whole numbers 0 to 10 (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.integer({ min: -3, max: 13 }), fc.double({ min: 0, max: 10, noNaN: true })), async (rating) => {
          const response = await t.request('POST', url(`/goals/${goalId}/ratings`), { cookie: who.coach, body: { rating } });
          const valid = Number.isInteger(rating) && rating >= 0 && rating <= 10;
          expect(response.statusCode).toBe(valid ? 201 : 400);
          if (!valid) expect(fieldsOf(response.json())).toEqual(['body.rating']);
        }),
        { numRuns: 30 },
      );
    });

    it('refuses a rater from outside the household, and outsiders', async () => {
      const stranger = await registerFamily(t, who.coach, 'Smit');
      const response = await t.request('POST', url(`/goals/${goalId}/ratings`), { cookie: who.coach, body: { rating: 7, ratedByPersonId: stranger.parentId } });
      expect(fieldsOf(response.json())).toEqual(['body.ratedByPersonId']);
      expect(await outsiderStatuses(t, who, 'POST', url(`/goals/${goalId}/ratings`), { body: { rating: 7 } })).toEqual(OUTSIDERS_REFUSED);
    });
  });

  describe('actions', () => {
    let actionId = '';

    it('refuses an action without an owner, naming the owner fields', async () => {
      const noOwner = await t.request('POST', url(`/goals/${goalId}/actions`), { cookie: who.coach, body: { description: 'Wekker zetten om 7 uur' } });
      expect(noOwner.statusCode).toBe(400);
      expect(fieldsOf(noOwner.json()).sort()).toEqual(['body.ownerKind', 'body.ownerName']);
      const blank = await t.request('POST', url(`/goals/${goalId}/actions`), { cookie: who.coach, body: { description: 'Wekker zetten', ownerKind: 'family', ownerName: '  ' } });
      expect(fieldsOf(blank.json())).toEqual(['body.ownerName']);
    });

    it('lists actions of the family and its network before those of services', async () => {
      const add = (ownerKind: string, ownerName: string, description: string) =>
        t.request('POST', url(`/goals/${goalId}/actions`), { cookie: who.coach, body: { description, ownerKind, ownerName, dueOn: '2027-01-15' } });
      expect((await add('service', 'Jeugdhulp Voorbeeld', 'Gesprek over schoolangst')).statusCode).toBe(201);
      const family = await add('family', 'Sanne (moeder)', 'Elke ochtend samen ontbijten');
      expect(family.statusCode).toBe(201);
      actionId = family.json().id;
      expect((await add('network', 'Oom Kees', 'Milan op woensdag naar voetbal brengen')).statusCode).toBe(201);
      const plan = (await t.request('GET', url('/plan'), { cookie: who.coach })).json();
      expect(plan.goals[0].actions.map((a: { ownerKind: string }) => a.ownerKind)).toEqual(['family', 'network', 'service']);
    });

    it('marks an action done on top of the version the writer saw', async () => {
      const done = await t.request('PATCH', url(`/actions/${actionId}`), { cookie: who.coach, body: { done: true }, headers: { 'if-match': 'W/"1"' } });
      expect(done.statusCode).toBe(200);
      expect(done.json().doneAt).not.toBeNull();
      expect(done.headers.etag).toBe('W/"2"');
      expect((await t.request('PATCH', url(`/actions/${actionId}`), { cookie: who.coach, body: { done: false }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(412);
      expect((await t.request('PATCH', url(`/actions/${actionId}`), { cookie: who.coach, body: { done: false } })).statusCode).toBe(428);
      const undone = await t.request('PATCH', url(`/actions/${actionId}`), { cookie: who.coach, body: { done: false, ownerName: 'Sanne' }, headers: { 'if-match': 'W/"2"' } });
      expect(undone.json()).toMatchObject({ doneAt: null, ownerName: 'Sanne', version: 3 });
    });

    it('keeps actions away from outsiders', async () => {
      expect(await outsiderStatuses(t, who, 'POST', url(`/goals/${goalId}/actions`), { body: { description: 'x', ownerKind: 'family', ownerName: 'x' } })).toEqual(OUTSIDERS_REFUSED);
      expect(await outsiderStatuses(t, who, 'PATCH', url(`/actions/${actionId}`), { body: { done: true }, headers: { 'if-match': '3' } })).toEqual(OUTSIDERS_REFUSED);
    });
  });
});

describe('plan meetings', () => {
  it('keeps the plan as agreed, with who agreed, and moves the plan to a new version', async () => {
    const before = (await t.request('GET', url('/plan'), { cookie: who.coach })).json();
    const response = await t.request('POST', url('/plan-meetings'), { cookie: who.coach, body: { metOn: '2026-10-01', agreedBy: ['Sanne', 'Milan', 'Oom Kees'], note: 'Fijn gesprek aan de keukentafel' } });
    expect(response.statusCode).toBe(201);
    const meeting = response.json();
    expect(meeting.agreedBy).toEqual(['Sanne', 'Milan', 'Oom Kees']);
    expect(meeting.snapshot.version).toBe(before.version + 1);
    expect(meeting.snapshot.goals.map((g: { ownWords: string }) => g.ownWords)).toEqual(before.goals.map((g: { ownWords: string }) => g.ownWords));
    const after = await t.request('GET', url('/plan'), { cookie: who.coach });
    expect(after.headers.etag).toBe(`W/"${before.version + 1}"`);
  });

  it('refuses a meeting without anyone agreeing or in the future', async () => {
    const response = await t.request('POST', url('/plan-meetings'), { cookie: who.coach, body: { metOn: '2999-01-01', agreedBy: [] } });
    expect(fieldsOf(response.json()).sort()).toEqual(['body.agreedBy', 'body.metOn']);
  });

  it('lists meetings newest first, a page at a time', async () => {
    await t.request('POST', url('/plan-meetings'), { cookie: who.coach, body: { metOn: '2026-11-01', agreedBy: ['Sanne'] } });
    const first = (await t.request('GET', url('/plan-meetings?limit=1'), { cookie: who.coach })).json();
    expect(first.items.map((m: { metOn: string }) => m.metOn)).toEqual(['2026-11-01']);
    const second = (await t.request('GET', url(`/plan-meetings?limit=1&cursor=${first.nextCursor}`), { cookie: who.coach })).json();
    expect(second.items.map((m: { metOn: string }) => m.metOn)).toEqual(['2026-10-01']);
    expect(second.nextCursor).toBeNull();
    expect((await t.request('GET', url('/plan-meetings?cursor=nonsense'), { cookie: who.coach })).statusCode).toBe(400);
  });

  it('keeps meetings away from outsiders', async () => {
    expect(await outsiderStatuses(t, who, 'GET', url('/plan-meetings'))).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'POST', url('/plan-meetings'), { body: { metOn: '2026-10-01', agreedBy: ['x'] } })).toEqual(OUTSIDERS_REFUSED);
  });
});
