import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { expectOk, makeOrganization, makeService } from './directory-kit';

let t: TestApp;
let coach: string, provider: string, admin: string;

beforeAll(async () => {
  t = await createTestApp();
  [coach, provider, admin] = [await t.signIn('coach@voorbeeld.nl'), await t.signIn('provider@voorbeeld.nl'), await t.signIn('admin@voorbeeld.nl')];
}, 60_000);
afterAll(() => t.close());

const outbox = (to: string) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
  sql.query<{ subject: string; body_text: string }>('select subject, body_text from outbox_messages where recipient = $1 order by created_at', [to]));
const proposal = {
  name: 'Repair Café Zonnewijzer', description: 'Elke maand samen kapotte spullen maken, met koffie.', themes: ['ontmoeten'], cost: 'free',
  proposerName: 'Gerda Smit', proposerEmail: 'gerda@example.nl', minimumAge: 10, maximumAge: null,
  place: { name: 'Buurthuis De Zonnewijzer', address: { address1: 'Zonnelaan 4', postalCode: '9101 AA', city: 'Voorbeeld' } },
  schedules: [{ weekdays: ['SA'], opensAt: '10:00', closesAt: '13:00' }],
};

describe('a resident proposes an activity', () => {
  it('is e-mailed a link; after confirming, the team approves it and it is public', async () => {
    const sent = await t.request('POST', '/api/v1/public/activity-proposals', { body: proposal });
    expect(sent.statusCode).toBe(202);
    const [mail] = await outbox('gerda@example.nl');
    expect(mail!.subject).toContain('Repair Café Zonnewijzer');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.body_text)![1]!;
    expect(mail!.body_text).toContain('/sociale-kaart/voorstel-bevestigen?token=');

    const queue = async () => (await t.request('GET', '/api/v1/services?moderation=pending&q=zonnewijzer', { cookie: coach })).json().items as { id: string }[];
    expect(await queue()).toEqual([]);
    expect((await t.request('POST', '/api/v1/public/activity-proposals/confirmations', { body: { token } })).statusCode).toBe(200);
    expect((await t.request('POST', '/api/v1/public/activity-proposals/confirmations', { body: { token } })).statusCode).toBe(404);
    const [pending] = await queue();
    expect(pending).toBeDefined();
    expect((await t.request('GET', `/api/v1/public/services/${pending!.id}`)).statusCode).toBe(404);

    expectOk(await t.request('PUT', `/api/v1/services/${pending!.id}/moderation`, { cookie: coach, body: { state: 'approved' } }));
    const page = (await t.request('GET', '/api/v1/public/services?q=repair%20cafe')).json();
    expect(page.items).toEqual([expect.objectContaining({ id: pending!.id, kind: 'informal', cost: 'free', city: null })]);
    const detail = (await t.request('GET', `/api/v1/public/services/${pending!.id}`)).json();
    expect(detail).toMatchObject({ locations: [{ name: 'Buurthuis De Zonnewijzer', address: { postalCode: '9101AA' } }], schedules: [{ weekdays: ['SA'], opensAt: '10:00' }] });
    expect(JSON.stringify(detail)).not.toContain('gerda@example.nl');
  });

  it('refuses a proposal with bad fields, naming them, and stores nothing', async () => {
    const bad = await t.request('POST', '/api/v1/public/activity-proposals', { body: { ...proposal, name: 'Geheim', proposerEmail: 'geen-adres', themes: ['onbekend'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toContain('body.proposerEmail');
    const unknownTheme = await t.request('POST', '/api/v1/public/activity-proposals', { body: { ...proposal, name: 'Geheim project', themes: ['onbekend'] } });
    expect(unknownTheme.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.themes.0']);
    const staff = (await t.request('GET', '/api/v1/services?moderation=pending&q=geheim', { cookie: coach })).json();
    expect(staff.items).toEqual([]);
  });
});

describe('suggest a change', () => {
  it('reaches the organisation\'s provider and the team, not other providers', async () => {
    const org = await makeOrganization(t, admin, 'Bibliotheek Voorbeeld', 'provider@voorbeeld.nl');
    const service = await makeService(t, admin, { organizationId: org, name: 'Taalcafé bibliotheek' });
    const other = await makeService(t, admin, { organizationId: await makeOrganization(t, admin, 'Andere stichting'), name: 'Andere dienst' });
    expect((await t.request('POST', `/api/v1/public/services/${service.id}/change-suggestions`, { body: { message: 'Het taalcafé is nu op dinsdag.' } })).statusCode).toBe(202);
    expect((await t.request('POST', `/api/v1/public/services/${other.id}/change-suggestions`, { body: { message: 'Het adres klopt niet meer.' } })).statusCode).toBe(202);
    expect((await t.request('POST', `/api/v1/public/services/${service.id}/change-suggestions`, { body: { message: 'kort' } })).statusCode).toBe(400);
    const forProvider = (await t.request('GET', '/api/v1/change-suggestions', { cookie: provider })).json();
    expect(forProvider.items.map((s: { message: string }) => s.message)).toEqual(['Het taalcafé is nu op dinsdag.']);
    const forTeam = (await t.request('GET', '/api/v1/change-suggestions', { cookie: coach })).json();
    expect(forTeam.items).toHaveLength(2);
    const handled = expectOk(await t.request('PATCH', `/api/v1/change-suggestions/${forProvider.items[0].id}`, { cookie: provider, body: { status: 'done' } }));
    expect(handled).toMatchObject({ status: 'done', handledAt: expect.any(String) });
    expect((await t.request('PATCH', `/api/v1/change-suggestions/${forTeam.items.find((s: { serviceId: string }) => s.serviceId === other.id).id}`, { cookie: provider, body: { status: 'done' } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/v1/change-suggestions')).statusCode).toBe(401);
  });
});
