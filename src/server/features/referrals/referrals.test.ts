import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf, fieldsOf, openPlanTestbed, OUTSIDERS_REFUSED, outsiderStatuses, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import type { TestApp } from '../../testing/test-app';
import { createReferralWorld, inAYear, type ReferralWorld } from './referral-kit';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
let world: ReferralWorld;
let provider: string;
let consentId: string;
beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
  world = await createReferralWorld(t);
  provider = await t.signIn('provider@voorbeeld.nl');
  const h = `/api/v1/households/${family.id}`;
  await t.request('POST', `${h}/goals`, { cookie: who.coach, body: { personId: family.parentId, domain: 'home', ownWords: 'Rust in huis' } });
  await t.request('PUT', `${h}/story`, { cookie: who.coach, headers: { 'if-match': 'W/"0"' }, body: { story: 'Geheim verhaal', goingWell: '', worries: '' } });
  consentId = (await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: { householdId: family.id, personId: family.parentId, givenByPersonIds: [family.parentId], scope: ['name_and_contact', 'goals'], serviceId: world.serviceA, validUntil: inAYear() } })).json().id;
});
afterAll(() => t.close());

const refer = (overrides: Record<string, unknown> = {}) => ({
  householdId: family.id, personId: family.parentId, serviceId: world.serviceA, share: ['goals'], message: 'Graag een intake deze maand', ...overrides,
});

describe('referrals', () => {
  it('sends a referral with the chosen information only, mails a link and shows it to the provider', async () => {
    const sent = await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer() });
    expect(sent.statusCode).toBe(201);
    const view = sent.json();
    expect(view).toMatchObject({ status: 'sent', serviceName: 'Opvoedondersteuning', organizationName: 'Jeugdhulp Voorbeeld', personName: 'Sanne Jansen', sharedScope: ['goals'], shared: { goals: ['Rust in huis'] } });
    expect(view.shared.name).toBeUndefined();
    expect(view.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['draft', 'sent']);
    expect(view.links).toMatchObject([{ recipientEmail: 'aanmelden@jeugdhulp.example', allowedStatuses: ['accepted', 'declined'], usedAt: null }]);
    const inbox = await t.request('GET', '/api/v1/referrals', { cookie: provider });
    expect(inbox.statusCode).toBe(200);
    const item = inbox.json().items.find((r: { id: string }) => r.id === view.id);
    expect(item).toMatchObject({ status: 'sent', shared: { goals: ['Rust in huis'] }, personName: null, householdId: null, links: [] });
    expect(inbox.body).not.toContain('Geheim verhaal');
    expect(inbox.body).not.toContain('Jansen');
    expect(await auditEventsOf(t, family.id, 'referral.sent')).toHaveLength(1);
    const reads = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ person_id: string; details: { via: string } }>("select person_id, details from audit_events where event_type = 'referral.read' and object_id = $1", [view.id]));
    expect(reads.map((r) => [r.person_id, r.details.via])).toContainEqual([family.parentId, 'provider']);
  });

  it('refuses a referral without consent, naming the field', async () => {
    const none = await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer({ serviceId: world.serviceB }) });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'consent_required', invalidParams: [{ name: 'body.consentId' }] });
    const child = await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer({ personId: family.childId }) });
    expect(child.json().code).toBe('consent_required');
    const beyond = await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer({ share: ['story'] }) });
    expect(beyond.statusCode).toBe(400);
    expect(fieldsOf(beyond.json())).toEqual(['body.share']);
  });

  it('walks the status flow in the inbox, each step attributed, and refuses steps out of order', async () => {
    const id = (await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer() })).json().id;
    const step = (cookie: string, status: string, reason?: string) => t.request('POST', `/api/v1/referrals/${id}/events`, { cookie, body: { status, ...(reason ? { reason } : {}) } });
    expect((await step(provider, 'completed')).statusCode).toBe(409);
    expect((await step(who.coach, 'accepted')).statusCode).toBe(409);
    expect((await step(provider, 'accepted')).statusCode).toBe(201);
    expect(fieldsOf((await step(provider, 'not_completed')).json())).toEqual(['body.reason']);
    expect((await step(provider, 'in_progress')).statusCode).toBe(201);
    const done = await step(provider, 'completed');
    expect(done.json().events.map((e: { toStatus: string; byName: string }) => `${e.toStatus}:${e.byName}`)).toEqual([
      'draft:Sanne de Vries', 'sent:Sanne de Vries', 'accepted:Ingrid Visser', 'in_progress:Ingrid Visser', 'completed:Ingrid Visser',
    ]);
    expect((await step(who.coach, 'cancelled')).statusCode).toBe(409);
    const timeline = (await t.request('GET', `/api/v1/households/${family.id}/timeline?limit=100`, { cookie: who.coach })).json().items;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'referral').map((e: { title: string }) => e.title)).toContain('Verwijzing naar Opvoedondersteuning: afgerond');
  });

  it('keeps a draft until the coach sends it, and lets the coach cancel', async () => {
    const draft = (await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer({ send: false }) })).json();
    expect(draft).toMatchObject({ status: 'draft', shared: null, links: [] });
    expect((await t.request('GET', `/api/v1/referrals/${draft.id}`, { cookie: provider })).statusCode).toBe(404);
    const sent = await t.request('POST', `/api/v1/referrals/${draft.id}/events`, { cookie: who.coach, body: { status: 'sent' } });
    expect(sent.json()).toMatchObject({ status: 'sent', shared: { goals: ['Rust in huis'] } });
    const cancelled = await t.request('POST', `/api/v1/referrals/${draft.id}/events`, { cookie: who.coach, body: { status: 'cancelled', reason: 'Gezin wil eerst iets anders' } });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', statusReason: 'Gezin wil eerst iets anders' });
    expect(cancelled.json().links.every((l: { revokedAt: string | null }) => l.revokedAt !== null)).toBe(true);
  });

  it('stops sharing when the consent is withdrawn', async () => {
    const id = (await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer() })).json().id;
    expect((await t.request('GET', `/api/v1/referrals/${id}`, { cookie: provider })).json().shared).toEqual({ goals: ['Rust in huis'] });
    await t.request('POST', `/api/v1/consents/${consentId}/withdrawals`, { cookie: who.coach, body: { reason: 'Ingetrokken' } });
    const after = await t.request('GET', `/api/v1/referrals/${id}`, { cookie: provider });
    expect(after.json()).toMatchObject({ shared: null, consentActive: false });
    expect(after.body).not.toContain('Rust in huis');
    const again = await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer() });
    expect(again.json().code).toBe('consent_required');
  });

  it('shows providers only their own organisations\' referrals, and other roles and municipalities nothing', async () => {
    const club = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: { householdId: family.id, personId: family.parentId, givenByPersonIds: [family.parentId], scope: ['goals'], serviceId: world.serviceB, validUntil: inAYear() } });
    const toClub = (await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer({ serviceId: world.serviceB, consentId: club.json().id }) })).json();
    const list = (await t.request('GET', '/api/v1/referrals?limit=100', { cookie: provider })).json().items as { id: string; serviceId: string }[];
    expect(list.some((r) => r.serviceId === world.serviceA)).toBe(true);
    expect(list.some((r) => r.serviceId === world.serviceB || r.id === toClub.id)).toBe(false);
    expect((await t.request('GET', `/api/v1/referrals/${toClub.id}`, { cookie: provider })).statusCode).toBe(404);
    const host = await t.signIn('initiative_host@voorbeeld.nl');
    expect((await t.request('GET', '/api/v1/referrals', { cookie: host })).json().items).toEqual([]);
    expect((await t.request('GET', '/api/v1/referrals', { cookie: who.coach })).statusCode).toBe(403);
    expect(await outsiderStatuses(t, who, 'GET', `/api/v1/referrals?householdId=${family.id}`)).toEqual(OUTSIDERS_REFUSED);
    expect(await outsiderStatuses(t, who, 'POST', '/api/v1/referrals', { body: refer() })).toEqual(OUTSIDERS_REFUSED);
    const other = await t.addTenant();
    const otherProvider = await t.signIn('provider@voorbeeld.nl', { tenant: other });
    const theirs = await t.request('GET', '/api/v1/referrals?limit=100', { cookie: otherProvider, tenant: other });
    for (const marker of [world.serviceA, world.serviceB, family.id, 'Rust in huis']) expect(theirs.body).not.toContain(marker);
    const anyId = (await t.request('GET', `/api/v1/referrals?householdId=${family.id}`, { cookie: who.coach })).json().items[0].id;
    expect((await t.request('GET', `/api/v1/referrals/${anyId}`, { cookie: otherProvider, tenant: other })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/v1/referrals/${anyId}`, { cookie: who.otherTeam })).statusCode).toBe(404);
  });

  it('hands over warmly to a resident initiative: its host answers in their inbox', async () => {
    const consent = await t.request('POST', '/api/v1/consents', { cookie: who.coach, body: { householdId: family.id, personId: family.parentId, givenByPersonIds: [family.parentId], scope: ['name_and_contact'], serviceId: world.informal, validUntil: inAYear() } });
    const handover = await t.request('POST', '/api/v1/referrals', { cookie: who.coach, body: refer({ serviceId: world.informal, consentId: consent.json().id, share: ['name_and_contact'] }) });
    expect(handover.json()).toMatchObject({ status: 'sent', serviceKind: 'informal', organizationName: null, links: [{ recipientEmail: 'initiative_host@voorbeeld.nl' }] });
    const host = await t.signIn('initiative_host@voorbeeld.nl');
    const inbox = (await t.request('GET', '/api/v1/referrals', { cookie: host })).json().items;
    expect(inbox.map((r: { id: string }) => r.id)).toEqual([handover.json().id]);
    expect(inbox[0].shared.name).toBe('Sanne Jansen');
    const accepted = await t.request('POST', `/api/v1/referrals/${handover.json().id}/events`, { cookie: host, body: { status: 'accepted' } });
    expect(accepted.json().events.at(-1)).toMatchObject({ toStatus: 'accepted', byName: expect.any(String) });
    expect((await t.request('GET', `/api/v1/referrals/${handover.json().id}`, { cookie: provider })).statusCode).toBe(404);
  });

  it('gives figures per service and a look-up by name', async () => {
    const figures = (await t.request('GET', `/api/v1/services/${world.serviceA}/referral-figures`, { cookie: provider })).json();
    expect(figures).toMatchObject({ answered: 1, accepted: 1, acceptanceRate: 1, completed: 1, placesAvailable: 4 });
    expect(figures.medianDaysToAcceptance).toBeGreaterThanOrEqual(0);
    const lookup = await t.request('GET', '/api/v1/referral-services?q=opvoed', { cookie: who.coach });
    expect(lookup.body).toContain('Opvoed');
    // The demo directory has parenting services of its own: ours is among them, and every hit matches.
    const found: { id: string; name: string; organizationName: string | null }[] = lookup.json().items;
    expect(found.map((s) => s.id)).toContain(world.serviceA);
    expect(found.every((s) => /opvoed/i.test(`${s.name} ${s.organizationName ?? ''}`))).toBe(true);
    expect((await t.request('GET', '/api/v1/referral-services?q=opvoed', { cookie: who.analyst })).statusCode).toBe(403);
  });
});
