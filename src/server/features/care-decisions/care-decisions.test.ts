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

const url = (path = '') => `/api/v1/households/${family.id}/care-decisions${path}`;
const decision = (overrides: Record<string, unknown> = {}) => ({
  personId: family.childId, direction: 'step_up', provider: 'Jeugdhulp Voorbeeld', productCategory: 'Jeugd-GGZ', startsOn: '2026-09-01', endsOn: '2027-03-01', volume: '12 sessies', ...overrides,
});

describe('care decisions', () => {
  it('steps up and back down while the plan and the coordinator stay the same', async () => {
    const goal = await t.request('POST', `/api/v1/households/${family.id}/goals`, { cookie: who.coach, body: { personId: family.childId, domain: 'health', ownWords: 'Minder piekeren' } });
    const planBefore = (await t.request('GET', `/api/v1/households/${family.id}/plan`, { cookie: who.coach })).json();
    const fileBefore = (await t.request('GET', `/api/v1/households/${family.id}`, { cookie: who.coach })).json();

    const up = await t.request('POST', url(), { cookie: who.coach, body: decision() });
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ direction: 'step_up', provider: 'Jeugdhulp Voorbeeld', startsOn: '2026-09-01', endsOn: '2027-03-01' });
    const down = await t.request('POST', url(), { cookie: who.coach, body: decision({ direction: 'step_down', provider: 'Buurthuis De Linde', productCategory: 'Lichte ondersteuning', startsOn: '2027-03-01', endsOn: null, volume: null }) });
    expect(down.statusCode).toBe(201);

    const planAfter = (await t.request('GET', `/api/v1/households/${family.id}/plan`, { cookie: who.coach })).json();
    const fileAfter = (await t.request('GET', `/api/v1/households/${family.id}`, { cookie: who.coach })).json();
    expect(planAfter.id).toBe(planBefore.id);
    expect(planAfter.goals.map((g: { id: string }) => g.id)).toEqual([goal.json().id]);
    expect(fileAfter.coordinatorId).toBe(fileBefore.coordinatorId);

    const list = (await t.request('GET', url(), { cookie: who.coach })).json();
    expect(list.items.map((d: { direction: string }) => d.direction)).toEqual(['step_down', 'step_up']);
    expect(await auditEventsOf(t, family.id, 'care_decision.created')).toHaveLength(2);
    const reads = (await auditEventsOf(t, family.id, 'person.read')).filter((e) => e.details.part === 'care_decision.read');
    expect(reads.map((r) => r.person_id)).toEqual([family.childId]);
  });

  it('pages through decisions', async () => {
    const first = (await t.request('GET', url('?limit=1'), { cookie: who.coach })).json();
    const next = (await t.request('GET', url(`?limit=1&cursor=${first.nextCursor}`), { cookie: who.coach })).json();
    expect([...first.items, ...next.items].map((d: { startsOn: string }) => d.startsOn)).toEqual(['2027-03-01', '2026-09-01']);
    expect(next.nextCursor).toBeNull();
  });

  it('refuses an end before the start, and accepts any end on or after it (property)', async () => {
    const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(day, day, async (startsOn, endsOn) => {
        const response = await t.request('POST', url(), { cookie: who.coach, body: decision({ startsOn, endsOn }) });
        expect(response.statusCode).toBe(endsOn >= startsOn ? 201 : 400);
        if (endsOn < startsOn) expect(fieldsOf(response.json())).toEqual(['body.endsOn']);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a person of another household, an unknown direction and a missing provider, naming each field', async () => {
    const stranger = await registerFamily(t, who.coach, 'Hendriks');
    expect(fieldsOf((await t.request('POST', url(), { cookie: who.coach, body: decision({ personId: stranger.childId }) })).json())).toEqual(['body.personId']);
    const bad = await t.request('POST', url(), { cookie: who.coach, body: decision({ direction: 'sideways', provider: '' }) });
    expect(fieldsOf(bad.json()).sort()).toEqual(['body.direction', 'body.provider']);
  });

  it('keeps decisions away from outsiders', async () => {
    expect(await outsiderStatuses(t, who, 'GET', url())).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'POST', url(), { body: decision() })).toEqual(OUTSIDERS_REFUSED);
  });
});

describe('dates the database cannot hold', () => {
  it('are refused as field errors, not as unnamed database errors', async () => {
    const response = await t.request('POST', url(), { cookie: who.coach, body: decision({ startsOn: '0000-01-01', endsOn: '9999-12-31' }) });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.json()).sort()).toEqual(['body.endsOn', 'body.startsOn']);
    const meeting = await t.request('POST', `/api/v1/households/${family.id}/plan-meetings`, { cookie: who.coach, body: { metOn: '0000-01-01', agreedBy: ['Sanne'] } });
    expect(fieldsOf(meeting.json())).toEqual(['body.metOn']);
  });
});
