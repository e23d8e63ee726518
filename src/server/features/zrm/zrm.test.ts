import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZRM_DEFAULT_DOMAINS } from '../../../contracts/plans';
import type { TestApp } from '../../testing/test-app';
import { auditEventsOf, fieldsOf, openPlanTestbed, OUTSIDERS_REFUSED, outsiderStatuses, registerFamily, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import { isAdultOn } from './zrm-assessments';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
});
afterAll(() => t.close());

const url = (path = '') => `/api/v1/households/${family.id}/zrm-assessments${path}`;

describe('ZRM domains', () => {
  it('ships the 13 standard domains and the five scale labels', async () => {
    const response = await t.request('GET', '/api/v1/zrm-domains', { cookie: who.coach });
    expect(response.statusCode).toBe(200);
    const { domains, scale } = response.json();
    expect(domains).toHaveLength(13);
    expect(domains.map((d: { label: string }) => d.label)).toEqual(expect.arrayContaining(['Financiën', 'Huisvesting', 'Basale ADL', 'Instrumentele ADL', 'Justitie']));
    expect(scale).toEqual([
      { score: 1, label: 'Acute problematiek' }, { score: 2, label: 'Niet zelfredzaam' }, { score: 3, label: 'Beperkt zelfredzaam' },
      { score: 4, label: 'Voldoende zelfredzaam' }, { score: 5, label: 'Volledig zelfredzaam' },
    ]);
    expect((await t.request('GET', '/api/v1/zrm-domains')).statusCode).toBe(401);
  });

  it('follows the municipality\'s own list, which only its administrator sets', async () => {
    const list = { domains: [...ZRM_DEFAULT_DOMAINS, { key: 'digital_skills', label: 'Digitale vaardigheden' }] };
    expect((await t.request('PUT', '/api/v1/zrm-domains', { body: list })).statusCode).toBe(401);
    expect((await t.request('PUT', '/api/v1/zrm-domains', { cookie: who.coach, body: list })).statusCode).toBe(403);
    const twice = await t.request('PUT', '/api/v1/zrm-domains', { cookie: who.admin, body: { domains: [{ key: 'finances', label: 'Geld' }, { key: 'finances', label: 'Geld' }] } });
    expect(fieldsOf(twice.json())).toEqual(['body.domains.1.key']);
    const bad = await t.request('PUT', '/api/v1/zrm-domains', { cookie: who.admin, body: { domains: [{ key: 'Geld!', label: '' }] } });
    expect(fieldsOf(bad.json()).sort()).toEqual(['body.domains.0.key', 'body.domains.0.label']);
    const saved = await t.request('PUT', '/api/v1/zrm-domains', { cookie: who.admin, body: list });
    expect(saved.statusCode).toBe(200);
    const { domains } = (await t.request('GET', '/api/v1/zrm-domains', { cookie: who.coach })).json();
    expect(domains.map((d: { key: string }) => d.key)).toEqual([...ZRM_DEFAULT_DOMAINS.map((d) => d.key), 'digital_skills']);
  });
});

describe('ZRM assessments', () => {
  it('records assessments of an adult and lists them newest first, audited per person', async () => {
    const first = await t.request('POST', url(), { cookie: who.coach, body: { personId: family.parentId, assessedOn: '2026-03-01', scores: { finances: 2, housing: 3, mental_health: 2 } } });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ personId: family.parentId, assessedOn: '2026-03-01', scores: { finances: 2, housing: 3, mental_health: 2 } });
    await t.request('POST', url(), { cookie: who.coach, body: { personId: family.parentId, assessedOn: '2026-09-01', scores: { finances: 3, housing: 4, mental_health: 3, digital_skills: 2 }, note: 'Schulden in beeld' } });
    const list = (await t.request('GET', url(), { cookie: who.coach })).json();
    expect(list.items.map((a: { assessedOn: string }) => a.assessedOn)).toEqual(['2026-09-01', '2026-03-01']);
    const mine = (await t.request('GET', url(`?personId=${family.childId}`), { cookie: who.coach })).json();
    expect(mine.items).toEqual([]);
    const reads = (await auditEventsOf(t, family.id, 'person.read')).filter((e) => e.details.part === 'zrm.read');
    expect(reads.map((r) => r.person_id)).toEqual([family.parentId]);
    const paged = (await t.request('GET', url('?limit=1'), { cookie: who.coach })).json();
    const next = (await t.request('GET', url(`?limit=1&cursor=${paged.nextCursor}`), { cookie: who.coach })).json();
    expect(next.items.map((a: { assessedOn: string }) => a.assessedOn)).toEqual(['2026-03-01']);
  });

  it('refuses a child, an unknown domain, a score outside 1–5 and a date in the future, naming each field', async () => {
    const child = await t.request('POST', url(), { cookie: who.coach, body: { personId: family.childId, assessedOn: '2026-09-01', scores: { finances: 3 } } });
    expect(child.statusCode).toBe(400);
    expect(fieldsOf(child.json())).toEqual(['body.personId']);
    const unknown = await t.request('POST', url(), { cookie: who.coach, body: { personId: family.parentId, assessedOn: '2026-09-01', scores: { finances: 3, happiness: 4, karma: 1 } } });
    expect(fieldsOf(unknown.json())).toEqual(['body.scores.happiness', 'body.scores.karma']);
    const range = await t.request('POST', url(), { cookie: who.coach, body: { personId: family.parentId, assessedOn: '2999-01-01', scores: { finances: 6 } } });
    expect(fieldsOf(range.json()).sort()).toEqual(['body.assessedOn', 'body.scores.finances']);
    const none = await t.request('POST', url(), { cookie: who.coach, body: { personId: family.parentId, assessedOn: '2026-09-01', scores: {} } });
    expect(fieldsOf(none.json())).toEqual(['body.scores']);
    const stranger = await registerFamily(t, who.coach, 'Vos');
    const foreign = await t.request('POST', url(), { cookie: who.coach, body: { personId: stranger.parentId, assessedOn: '2026-09-01', scores: { finances: 3 } } });
    expect(fieldsOf(foreign.json())).toEqual(['body.personId']);
    expect((await t.request('GET', url(), { cookie: who.coach })).json().items).toHaveLength(2);
  });

  it('counts 18 from the birthday itself', async () => {
    const member = await t.request('POST', `/api/v1/households/${family.id}/members`, { cookie: who.coach, body: { givenName: 'Jesse', familyName: 'Jansen', birthDate: '2008-06-15', role: 'child' } });
    expect(member.statusCode).toBe(201);
    const assess = (assessedOn: string) => t.request('POST', url(), { cookie: who.coach, body: { personId: member.json().id, assessedOn, scores: { time_use: 3 } } });
    expect((await assess('2026-06-14')).statusCode).toBe(400);
    expect((await assess('2026-06-15')).statusCode).toBe(201);
  });

  it('agrees with the calendar on who is an adult (property)', () => {
    const day = fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (birth, on) => {
        const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
        // Born on 29 February: in a year without one, the calendar (and the register) rolls to 1 March.
        const eighteenth = new Date(Date.UTC(y + 18, m - 1, d)).toISOString().slice(0, 10);
        expect(isAdultOn(birth, on)).toBe(on >= eighteenth);
      }),
      { numRuns: 500 },
    );
    expect(isAdultOn(null, '2026-01-01')).toBe(false);
  });

  it('scores only the domains on the current list, while past scores stay', async () => {
    await t.request('PUT', '/api/v1/zrm-domains', { cookie: who.admin, body: { domains: ZRM_DEFAULT_DOMAINS.filter((d) => d.key !== 'justice') } });
    const removed = await t.request('POST', url(), { cookie: who.coach, body: { personId: family.parentId, assessedOn: '2026-10-01', scores: { justice: 4 } } });
    expect(fieldsOf(removed.json())).toEqual(['body.scores.justice']);
    const history = (await t.request('GET', url(), { cookie: who.coach })).json().items;
    expect(history.some((a: { scores: Record<string, number> }) => 'digital_skills' in a.scores)).toBe(true);
  });

  it('keeps assessments away from outsiders', async () => {
    expect(await outsiderStatuses(t, who, 'GET', url())).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'POST', url(), { body: { personId: family.parentId, assessedOn: '2026-09-01', scores: { finances: 3 } } })).toEqual(OUTSIDERS_REFUSED);
  });
});
