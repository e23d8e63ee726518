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

const url = (path = '') => `/api/v1/households/${family.id}/network-ties${path}`;
const tie = (overrides: Record<string, unknown> = {}) => ({ name: 'Oma Ria', kind: 'family', strength: 'strong', support: 'Past op woensdag op Noor', meaningfulAdult: true, ...overrides });

describe('network ties', () => {
  let tieId = '';

  it('adds ties around members and the household, with meaningful adults marked', async () => {
    const oma = await t.request('POST', url(), { cookie: who.coach, body: tie({ personId: family.toddlerId }) });
    expect(oma.statusCode).toBe(201);
    expect(oma.headers.etag).toBe('W/"1"');
    tieId = oma.json().id;
    expect(oma.json()).toMatchObject({ personId: family.toddlerId, meaningfulAdult: true, version: 1 });
    await t.request('POST', url(), { cookie: who.coach, body: tie({ name: 'Trainer Joost', kind: 'sports_coach', strength: 'normal', personId: family.childId }) });
    await t.request('POST', url(), { cookie: who.coach, body: { name: 'Buurvrouw Els', kind: 'neighbour', strength: 'weak' } });
    const all = (await t.request('GET', url(), { cookie: who.coach })).json();
    expect(all.items.map((i: { name: string }) => i.name)).toEqual(['Oma Ria', 'Trainer Joost', 'Buurvrouw Els']);
    expect(all.items[2]).toMatchObject({ personId: null, support: '', meaningfulAdult: false });
    const adults = (await t.request('GET', url('?meaningfulAdult=true'), { cookie: who.coach })).json();
    expect(adults.items.map((i: { name: string }) => i.name)).toEqual(['Oma Ria', 'Trainer Joost']);
    const reads = (await auditEventsOf(t, family.id, 'person.read')).filter((e) => e.details.part === 'network.read');
    expect(reads.map((r) => r.person_id).sort()).toEqual([family.childId, family.toddlerId, family.childId, family.toddlerId].sort());
  });

  it('pages through ties', async () => {
    const first = (await t.request('GET', url('?limit=2'), { cookie: who.coach })).json();
    expect(first.items).toHaveLength(2);
    const rest = (await t.request('GET', url(`?limit=2&cursor=${first.nextCursor}`), { cookie: who.coach })).json();
    expect(rest.items.map((i: { name: string }) => i.name)).toEqual(['Buurvrouw Els']);
    expect(rest.nextCursor).toBeNull();
  });

  it('refuses bad ties, naming each field', async () => {
    const stranger = await registerFamily(t, who.coach, 'Peters');
    const bad = await t.request('POST', url(), { cookie: who.coach, body: tie({ name: '', kind: 'cousin', strength: 'super' }) });
    expect(fieldsOf(bad.json()).sort()).toEqual(['body.kind', 'body.name', 'body.strength']);
    const foreign = await t.request('POST', url(), { cookie: who.coach, body: tie({ personId: stranger.childId }) });
    expect(fieldsOf(foreign.json())).toEqual(['body.personId']);
  });

  it('changes a tie only on top of the version the writer saw', async () => {
    expect((await t.request('PATCH', url(`/${tieId}`), { cookie: who.coach, body: { strength: 'strained' } })).statusCode).toBe(428);
    const changed = await t.request('PATCH', url(`/${tieId}`), { cookie: who.coach, body: { strength: 'strained', support: 'Even minder contact' }, headers: { 'if-match': 'W/"1"' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ strength: 'strained', support: 'Even minder contact', meaningfulAdult: true, version: 2 });
    expect((await t.request('PATCH', url(`/${tieId}`), { cookie: who.coach, body: { strength: 'strong' }, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(412);
  });

  it('removes a tie, refusing a stale If-Match', async () => {
    expect((await t.request('DELETE', url(`/${tieId}`), { cookie: who.coach, headers: { 'if-match': 'W/"1"' } })).statusCode).toBe(412);
    expect((await t.request('DELETE', url(`/${tieId}`), { cookie: who.coach, headers: { 'if-match': 'W/"2"' } })).statusCode).toBe(204);
    expect((await t.request('DELETE', url(`/${tieId}`), { cookie: who.coach })).statusCode).toBe(404);
    expect(await auditEventsOf(t, family.id, 'network_tie.deleted')).toHaveLength(1);
  });

  it('keeps the network away from outsiders, without saying whether the tie exists', async () => {
    const someTie = (await t.request('GET', url(), { cookie: who.coach })).json().items[0].id;
    expect(await outsiderStatuses(t, who, 'GET', url())).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'POST', url(), { body: tie() })).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'PATCH', url(`/${someTie}`), { body: { name: 'x' }, headers: { 'if-match': '1' } })).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'DELETE', url(`/${someTie}`))).toEqual(OUTSIDERS_REFUSED);
    expect((await t.request('GET', url(), { cookie: who.coach })).json().items).toHaveLength(2);
  });
});
