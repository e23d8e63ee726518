import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app';
import { auditEventsOf, fieldsOf, openPlanTestbed, OUTSIDERS_REFUSED, outsiderStatuses, type Cookies, type FreshHousehold } from '../../testing/household-kit';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
});
afterAll(() => t.close());

const url = (path = '') => `/api/v1/households/${family.id}/safety-maps${path}`;
const map = (overrides: Record<string, unknown> = {}) => ({
  harm: 'Ruzies met geschreeuw waar de kinderen bij zijn', danger: 'Noor raakt in paniek', complicatingFactors: 'Schulden, weinig slaap',
  workingWell: 'Oma Ria haalt de kinderen op als het misgaat', needsToHappen: 'Een afspraak wie wat doet bij ruzie',
  scaleFamily: 5, scaleCoach: 4, scaleNetwork: 6, dangerStatements: 'We zijn bang dat Noor ...', safetyGoals: 'Elke avond rustig naar bed', ...overrides,
});

describe('safety maps', () => {
  it('keeps every save as a new version and lists them newest first', async () => {
    const first = await t.request('POST', url(), { cookie: who.coach, body: map() });
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('W/"1"');
    expect(first.json()).toMatchObject({ version: 1, scaleFamily: 5, createdByName: 'Sanne de Vries' });
    const second = await t.request('POST', url(), { cookie: who.coach, body: map({ scaleFamily: 7, workingWell: 'Het plan bij ruzie werkt' }), headers: { 'if-match': 'W/"1"' } });
    expect(second.json()).toMatchObject({ version: 2, scaleFamily: 7 });
    const third = await t.request('POST', url(), { cookie: who.teamLead, body: { scaleCoach: 6 } });
    expect(third.json()).toMatchObject({ version: 3, harm: '', scaleFamily: null, scaleCoach: 6 });
    const list = (await t.request('GET', url(), { cookie: who.coach })).json();
    expect(list.items.map((m: { version: number }) => m.version)).toEqual([3, 2, 1]);
    const page = (await t.request('GET', url('?limit=2'), { cookie: who.coach })).json();
    const rest = (await t.request('GET', url(`?limit=2&cursor=${page.nextCursor}`), { cookie: who.coach })).json();
    expect(rest.items.map((m: { version: number }) => m.version)).toEqual([1]);
    expect(await auditEventsOf(t, family.id, 'safety_map.saved')).toHaveLength(3);
    expect((await auditEventsOf(t, family.id, 'safety_map.read')).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a save on top of an older version than the newest (If-Match)', async () => {
    const stale = await t.request('POST', url(), { cookie: who.coach, body: map(), headers: { 'if-match': 'W/"2"' } });
    expect(stale.statusCode).toBe(412);
    expect((await t.request('GET', url(), { cookie: who.coach })).json().items).toHaveLength(3);
  });

  it('refuses scales outside 0–10, naming each field', async () => {
    const bad = await t.request('POST', url(), { cookie: who.coach, body: map({ scaleFamily: 11, scaleCoach: -1, scaleNetwork: 2.5 }) });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json()).sort()).toEqual(['body.scaleCoach', 'body.scaleFamily', 'body.scaleNetwork']);
  });

  it('keeps the map away from outsiders', async () => {
    expect(await outsiderStatuses(t, who, 'GET', url())).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'POST', url(), { body: map() })).toEqual(OUTSIDERS_REFUSED);
    expect((await t.request('GET', url(), { cookie: who.coach })).json().items).toHaveLength(3);
  });
});
