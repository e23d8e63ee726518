import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, registerFamily } from '../../testing/household-kit';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { listReadsOf, signalAudit, signalBody, ZUID_POSTCODE } from './signal-kit';

let t: TestApp;
const who = {} as Record<'signaller' | 'coach' | 'zuid' | 'lead' | 'safety' | 'specialist' | 'outreach' | 'admin', string>;
beforeAll(async () => {
  t = await createTestApp({ households: 2 });
  const emails = { signaller: 'signaller', coach: 'coach', zuid: 'coach.zuid', lead: 'team_lead', safety: 'safety_officer', specialist: 'specialist', outreach: 'outreach', admin: 'admin' } as const;
  for (const [key, name] of Object.entries(emails)) who[key as keyof typeof who] = await t.signIn(`${name}@voorbeeld.nl`);
});
afterAll(() => t.close());

const sendSignal = async (overrides: Record<string, unknown> = {}, subject: Record<string, unknown> = {}) =>
  (await t.request('POST', '/api/v1/signals', { cookie: who.signaller, body: signalBody(overrides, subject) })).json().id as string;
const queue = async (cookie: string, query = 'limit=100') => (await t.request('GET', `/api/v1/signals?${query}`, { cookie })).json();
const act = (cookie: string | undefined, id: string, path: string, body: unknown = {}) => t.request('POST', `/api/v1/signals/${id}/${path}`, { cookie, body });
/** Moves a signal's receipt and deadline back in time, as if it had waited. */
const backdate = (id: string, due: string) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("update signals set first_contact_due = $2, received_at = $2::date - interval '7 days' where id = $1", [id, due]));

describe('the triage queue', () => {
  it('lists waiting signals deadline first, overdue marked, for coach, team lead and safety officer of the team', async () => {
    const fresh = await sendSignal();
    const late = await sendSignal({ urgency: 'urgent' });
    await backdate(late, '2026-01-05');
    const items = (await queue(who.coach)).items as { id: string; overdue: boolean; firstContactDue: string }[];
    expect(items[0]).toMatchObject({ id: late, overdue: true, firstContactDue: '2026-01-05' });
    expect(items.find((s) => s.id === fresh)).toMatchObject({ overdue: false });
    const dues = items.map((s) => s.firstContactDue);
    expect(dues).toEqual([...dues].sort());
    for (const cookie of [who.lead, who.safety]) expect((await queue(cookie)).items.map((s: { id: string }) => s.id)).toContain(late);
    expect(await listReadsOf(t, late, 'signal.queue_read')).toHaveLength(3);
  });

  it('pages with a cursor without repeating a signal', async () => {
    const first = await queue(who.coach, 'limit=1');
    const second = await queue(who.coach, `limit=1&cursor=${first.nextCursor}`);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect((await t.request('GET', '/api/v1/signals?cursor=WyJ4Il0', { cookie: who.coach })).statusCode).toBe(400);
  });

  it('is closed to other roles and other teams', async () => {
    expect((await t.request('GET', '/api/v1/signals')).statusCode).toBe(401);
    for (const cookie of [who.signaller, who.outreach, who.specialist, who.admin]) expect((await t.request('GET', '/api/v1/signals', { cookie })).statusCode).toBe(403);
    const teams = (await t.request('GET', '/api/v1/teams', { cookie: who.admin })).json().items as { id: string; name: string }[];
    const zuid = teams.find((x) => x.name === 'Team Zuid')!.id;
    expect((await t.request('GET', `/api/v1/signals?teamId=${zuid}`, { cookie: who.coach })).statusCode).toBe(404);
  });
});

describe('acting on a signal', () => {
  it('picks up, links to an existing household, closes — each step in the history, the sender sees only status', async () => {
    const id = await sendSignal();
    const picked = await act(who.coach, id, 'pick-ups', { note: 'Moeder gebeld' });
    expect(picked.statusCode).toBe(201);
    expect(picked.json()).toMatchObject({ status: 'picked_up', pickedUpByName: 'Sanne de Vries' });
    expect(picked.json().minutesToFirstContact).toBeGreaterThanOrEqual(0);
    expect((await act(who.coach, id, 'pick-ups')).statusCode).toBe(409);
    const family = await registerFamily(t, who.coach, 'Signaalhof');
    expect((await act(who.coach, id, 'household-links', { householdId: family.id })).json()).toMatchObject({ householdId: family.id });
    expect(fieldsOf((await act(who.coach, id, 'closures', { outcome: 'referred_elsewhere', reason: '' })).json())).toEqual(['body.reason']);
    const closed = (await act(who.lead, id, 'closures', { outcome: 'household_support', reason: 'Gezin krijgt ondersteuning van het team' })).json();
    expect(closed).toMatchObject({ status: 'closed', outcome: 'household_support' });
    expect(closed.events.map((e: { type: string }) => e.type)).toEqual(['received', 'picked_up', 'household_linked', 'closed']);
    expect(closed.events.map((e: { byName: string | null }) => e.byName)).toEqual(['Ahmed Yilmaz', 'Sanne de Vries', 'Sanne de Vries', 'Peter Jansen']);
    expect((await act(who.coach, id, 'closures', { outcome: 'no_action', reason: 'Nogmaals' })).statusCode).toBe(409);
    const mine = (await t.request('GET', '/api/v1/sent-signals?limit=100', { cookie: who.signaller })).json().items.find((s: { id: string }) => s.id === id);
    expect(mine).toEqual({ id, reference: closed.reference, subjectName: 'Lotte Bakker', sentAt: expect.any(String), status: 'closed', statusChangedAt: expect.any(String) });
    for (const type of ['signal.picked_up', 'signal.household_linked', 'signal.closed']) expect(await signalAudit(t, id, type)).toHaveLength(1);
  });

  it('links to a new household through the intake and its duplicate check', async () => {
    const id = await sendSignal();
    const intake = { members: [{ givenName: 'Lotte', familyName: 'Signaalhof', birthDate: '2012-05-14', role: 'child' }], address: { street: 'Kerkstraat', houseNumber: '7', postcode: '1234 AB', city: 'Voorbeeld' } };
    const duplicate = await act(who.coach, id, 'household-links', { newHousehold: intake });
    expect(duplicate.statusCode).toBe(409);
    expect(fieldsOf(duplicate.json())).toEqual(['body.newHousehold.acknowledgeDuplicates']);
    const linked = await act(who.coach, id, 'household-links', { newHousehold: { ...intake, acknowledgeDuplicates: true } });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ status: 'picked_up' });
    const file = await t.request('GET', `/api/v1/households/${linked.json().householdId}`, { cookie: who.coach });
    expect(file.json()).toMatchObject({ coordinatorName: 'Sanne de Vries', teamName: 'Team Noord' });
    expect(fieldsOf((await act(who.coach, id, 'household-links', {})).json())).toEqual(['body.householdId']);
  });

  it('closes with advice or a referral elsewhere as text, and refuses household support without a household', async () => {
    const id = await sendSignal();
    expect(fieldsOf((await act(who.coach, id, 'closures', { outcome: 'household_support', reason: 'Steun' })).json())).toEqual(['body.outcome']);
    const closed = await act(who.coach, id, 'closures', { outcome: 'referred_elsewhere', reason: 'Doorverwezen naar de huisarts' });
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: 'Doorverwezen naar de huisarts', pickedUpAt: null });
  });

  it('keeps a signal from outsiders: other team 404, readers without action 403, no session 401, denied reads audited', async () => {
    const zuidSignal = await sendSignal({}, { address: { street: 'Laan', houseNumber: '2', postcode: ZUID_POSTCODE, city: 'Voorbeeld' } });
    expect((await t.request('GET', `/api/v1/signals/${zuidSignal}`, { cookie: who.coach })).statusCode).toBe(404);
    expect((await act(who.coach, zuidSignal, 'pick-ups')).statusCode).toBe(404);
    expect((await t.request('GET', `/api/v1/signals/${zuidSignal}`, { cookie: who.zuid })).statusCode).toBe(200);
    expect(await signalAudit(t, zuidSignal, 'signal.read')).toEqual([expect.objectContaining({ outcome: 'denied' }), expect.objectContaining({ outcome: 'success' })]);
    const id = await sendSignal();
    expect((await t.request('GET', `/api/v1/signals/${id}`, { cookie: who.safety })).statusCode).toBe(200);
    expect((await act(who.safety, id, 'pick-ups')).statusCode).toBe(403);
    for (const cookie of [who.signaller, who.specialist, who.admin]) expect((await t.request('GET', `/api/v1/signals/${id}`, { cookie })).statusCode).toBe(404);
    expect((await act(undefined, id, 'pick-ups')).statusCode).toBe(401);
    const family = await registerFamily(t, who.zuid, 'Zuidkant');
    expect((await act(who.coach, id, 'household-links', { householdId: family.id })).statusCode).toBe(404);
  });
});
