import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../../testing/api-fixtures';
import { openPlanTestbed, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import type { TestApp } from '../../testing/test-app';
import { createReferralWorld, inAYear, latestLinkTokenFor, type ReferralWorld } from './referral-kit';
import { referralFollowUpJob } from './follow-up-job';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
let world: ReferralWorld;
const CLUB = 'info@debal.example';
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
  world = await createReferralWorld(t);
  await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: { householdId: family.id, personId: family.parentId, givenByPersonIds: [family.parentId], scope: ['name_and_contact'], serviceId: world.serviceB, validUntil: inAYear() } });
});
afterAll(() => t.close());

const referToClub = async () => (await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: { householdId: family.id, personId: family.parentId, serviceId: world.serviceB, share: ['name_and_contact'], message: 'Sanne wil graag meedoen' } })).json();
const link = (token: string, path = '') => `/api/v1/public/referral-links/${encodeURIComponent(token)}${path}`;
const answer = (token: string, body: unknown) => t.request('POST', link(token, '/answers'), { body });

describe('answer links', () => {
  it('lets a provider without an account answer each step once, through a new link each time', async () => {
    const referral = await referToClub();
    const first = await latestLinkTokenFor(t, CLUB);
    const page = await t.request('GET', link(first));
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ serviceName: 'Voetbal voor iedereen', status: 'sent', allowedStatuses: ['accepted', 'declined'], shared: { name: 'Sanne Jansen' }, message: 'Sanne wil graag meedoen', sentByName: 'Sanne de Vries' });
    expect((await answer(first, { status: 'completed' })).statusCode).toBe(400);
    expect((await answer(first, { status: 'accepted' })).statusCode).toBe(201);
    expect((await answer(first, { status: 'declined', reason: 'Toch niet' })).statusCode).toBe(404);
    expect((await t.request('GET', link(first))).statusCode).toBe(404);
    const second = await latestLinkTokenFor(t, CLUB);
    expect((await t.request('GET', link(second))).json().allowedStatuses).toEqual(['in_progress', 'not_completed']);
    expect((await answer(second, { status: 'in_progress' })).statusCode).toBe(201);
    const third = await latestLinkTokenFor(t, CLUB);
    expect((await answer(third, { status: 'not_completed' })).statusCode).toBe(400);
    expect((await answer(third, { status: 'not_completed', reason: 'Gestopt na twee trainingen' })).statusCode).toBe(201);
    const view = (await t.request('GET', `/api/v1/referrals/${referral.id}`, { cookie: who.coach })).json();
    expect(view).toMatchObject({ status: 'not_completed', statusReason: 'Gestopt na twee trainingen' });
    expect(view.events.map((e: { byName: string }) => e.byName).slice(2)).toEqual([CLUB, CLUB, CLUB]);
    const reads = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("select 1 from audit_events where event_type = 'referral.read' and object_id = $1 and details->>'via' = 'link'", [referral.id]));
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses forged tokens and links the coach revoked', async () => {
    expect((await t.request('GET', link('x'.repeat(43) + '.' + 'y'.repeat(22)))).statusCode).toBe(404);
    const referral = await referToClub();
    const token = await latestLinkTokenFor(t, CLUB);
    const linkId = referral.links[0].id;
    expect((await t.request('DELETE', `/api/v1/referral-links/${linkId}`, { cookie: who.otherTeam })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/v1/referral-links/${linkId}`, { cookie: who.coach })).statusCode).toBe(204);
    expect((await t.request('GET', link(token))).statusCode).toBe(404);
    expect((await answer(token, { status: 'accepted' })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/v1/referral-links/${linkId}`, { cookie: who.coach })).statusCode).toBe(409);
  });

  it('hides the shared information on the link page once consent is withdrawn', async () => {
    const referral = await referToClub();
    const token = await latestLinkTokenFor(t, CLUB);
    const consents = (await t.request('GET', `/api/v1/consents?householdId=${family.id}`, { cookie: who.coach })).json().items;
    expect(referral.shared).toEqual({ name: 'Sanne Jansen', contact: { phone: null, email: null, address: 'Kerkstraat 7 1234AB Voorbeeld' } });
    await t.request('POST', `/api/v1/consents/${consents[0].id}/withdrawals`, { cookie: who.coach, body: {} });
    const page = await t.request('GET', link(token));
    expect(page.json()).toMatchObject({ shared: null, message: '' });
    expect(page.body).not.toContain('Jansen');
    expect(page.body).not.toContain('Kerkstraat');
  });

  it('reminds after three working days and expires after fourteen days without an answer (moved clock)', async () => {
    await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: { householdId: family.id, personId: family.parentId, givenByPersonIds: [family.parentId], scope: ['name_and_contact'], serviceId: world.serviceB, validUntil: inAYear() } });
    const referral = await referToClub();
    // Sent on Friday 2026-11-27 at 09:00 (UTC).
    await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("update referrals set sent_at = '2026-11-27T09:00:00Z' where id = $1", [referral.id]));
    const deps = () => ({ mailer: t.app.services.mailer, secretBox: t.app.services.secretBox, baseUrl: 'http://localhost' });
    const runAt = (iso: string) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => referralFollowUpJob(deps, () => new Date(iso)).runForTenant(sql));
    const reminders = () => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("select 1 from outbox_messages where subject like 'Herinnering:%'"));
    expect(await runAt('2026-12-01T12:00:00Z')).toMatchObject({ referralRemindersSent: 0, referralsExpired: 0 });
    expect(await runAt('2026-12-02T09:00:00Z')).toMatchObject({ referralRemindersSent: 1 });
    expect(await reminders()).toHaveLength(1);
    expect(await runAt('2026-12-03T09:00:00Z')).toMatchObject({ referralRemindersSent: 0 });
    expect((await t.request('GET', link(await latestLinkTokenFor(t, CLUB)))).statusCode).toBe(200);
    const statusOf = async () => (await t.request('GET', `/api/v1/referrals/${referral.id}`, { cookie: who.coach })).json();
    await runAt('2026-12-11T08:59:00Z');
    expect((await statusOf()).status).toBe('sent');
    await runAt('2026-12-11T09:00:00Z');
    const view = await statusOf();
    expect(view.status).toBe('expired');
    expect(view.events.at(-1)).toMatchObject({ toStatus: 'expired', byName: 'Wijkwijs' });
    expect(view.links.every((l: { usedAt: string | null; revokedAt: string | null }) => l.usedAt || l.revokedAt)).toBe(true);
  });

  it('rate-limits the public link pages', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await send(t, { method: 'GET', url: link('z'.repeat(43) + '.' + 'q'.repeat(22)), ip: '10.99.0.1' })).statusCode);
    expect(statuses).toContain(429);
  });
});
