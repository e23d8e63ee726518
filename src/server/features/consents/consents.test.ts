import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf, fieldsOf, openPlanTestbed, OUTSIDERS_REFUSED, outsiderStatuses, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import type { TestApp } from '../../testing/test-app';
import { createReferralWorld, inAYear, type ReferralWorld } from '../referrals/referral-kit';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
let world: ReferralWorld;
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
  world = await createReferralWorld(t);
});
afterAll(() => t.close());

const consent = (overrides: Record<string, unknown> = {}) => ({
  householdId: family.id, personId: family.parentId, givenByPersonIds: [family.parentId], scope: ['name_and_contact', 'goals'],
  serviceId: world.serviceA, validUntil: inAYear(), ...overrides,
});

describe('consents', () => {
  it('records a consent to the service\'s organisation, lists it and audits both', async () => {
    const created = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent() });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ purpose: 'referral', recipientOrganizationId: world.orgA, recipientServiceId: null, recipientName: 'Jeugdhulp Voorbeeld', active: true, personName: 'Sanne Jansen', recordedByName: 'Sanne de Vries' });
    const informal = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ serviceId: world.informal }) });
    expect(informal.json()).toMatchObject({ recipientOrganizationId: null, recipientServiceId: world.informal });
    const list = await t.request('GET', `/api/v1/consents?householdId=${family.id}`, { cookie: who.coach });
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([informal.json().id, created.json().id]);
    expect(await auditEventsOf(t, family.id, 'consent.recorded')).toHaveLength(2);
    expect(await auditEventsOf(t, family.id, 'consent.read')).toHaveLength(1);
  });

  it('follows the age rules: 12–15 both the young person and a parent, under 12 a parent, 16+ the person', async () => {
    const alone = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ personId: family.childId, givenByPersonIds: [family.childId] }) });
    expect(alone.statusCode).toBe(400);
    expect(fieldsOf(alone.json())).toEqual(['body.givenByPersonIds']);
    const both = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ personId: family.childId, givenByPersonIds: [family.childId, family.parentId] }) });
    expect(both.statusCode).toBe(201);
    expect(both.json().givenBy).toHaveLength(2);
    expect((await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ personId: family.toddlerId, givenByPersonIds: [family.toddlerId] }) })).statusCode).toBe(400);
    expect((await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ personId: family.toddlerId, givenByPersonIds: [family.parentId] }) })).statusCode).toBe(201);
    expect((await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ givenByPersonIds: [family.childId] }) })).statusCode).toBe(400);
  });

  it('names each wrong field', async () => {
    const bad = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ scope: ['everything'], validUntil: '2020-13-01', givenByPersonIds: [] }) });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json()).sort()).toEqual(['body.givenByPersonIds', 'body.scope.0', 'body.validUntil']);
    const ended = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ validFrom: '2020-01-01', validUntil: '2020-02-01' }) });
    expect(fieldsOf(ended.json())).toEqual(['body.validUntil']);
    const unknown = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ serviceId: family.id }) });
    expect(fieldsOf(unknown.json())).toEqual(['body.serviceId']);
  });

  it('withdraws a consent once, keeping the record', async () => {
    const created = (await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: consent({ scope: ['birth_date'] }) })).json();
    const withdrawn = await t.request('POST', `/api/v1/consents/${created.id}/withdrawals`, { cookie: who.coach, body: { reason: 'Moeder wil het niet meer' } });
    expect(withdrawn.statusCode).toBe(201);
    expect(withdrawn.json()).toMatchObject({ active: false, withdrawnByName: 'Sanne de Vries', withdrawalReason: 'Moeder wil het niet meer' });
    expect((await t.request('POST', `/api/v1/consents/${created.id}/withdrawals`, { cookie: who.coach, body: {} })).statusCode).toBe(409);
    expect(await auditEventsOf(t, family.id, 'consent.withdrawn')).toHaveLength(1);
  });

  it('keeps consents away from outsiders and other municipalities', async () => {
    const list = `/api/v1/consents?householdId=${family.id}`;
    expect(await outsiderStatuses(t, who, 'GET', list)).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'POST', '/api/v1/consents', { body: consent() })).toEqual(OUTSIDERS_REFUSED);
    const any = (await t.request('GET', list, { cookie: who.coach })).json().items[0];
    expect(await outsiderStatuses(t, who, 'POST', `/api/v1/consents/${any.id}/withdrawals`, { body: {} })).toEqual(OUTSIDERS_REFUSED);
    const other = await t.addTenant();
    const otherAdmin = await t.signIn('coach@voorbeeld.nl', { tenant: other });
    expect((await t.request('GET', list, { cookie: otherAdmin, tenant: other })).statusCode).toBe(404);
  });
});
