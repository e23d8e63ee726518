import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { expectOk } from './directory-kit';
import { deleteExpiredActivityProposals } from './expired-proposals-job';

let t: TestApp;
let coach: string;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp({ services: 0 });
  coach = await t.signIn('coach@voorbeeld.nl');
}, 60_000);
afterAll(() => t.close());

const run = (daysAhead: number) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => deleteExpiredActivityProposals(sql, new Date(Date.now() + daysAhead * DAY)));
const propose = async (name: string, email: string) => {
  const body = { name, description: 'Samen iets doen in de buurt, elke week.', themes: ['ontmoeten'], proposerName: 'Henk de Vries', proposerEmail: email,
    place: { name: `Plek van ${name}`, address: { address1: 'Kerkstraat 9', postalCode: '9101 AA', city: 'Voorbeeld' } }, schedules: [{ weekdays: ['TU'], opensAt: '19:00', closesAt: '21:00' }] };
  expect((await t.request('POST', '/api/v1/public/activity-proposals', { body })).statusCode).toBe(202);
  const [row] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string }>('select service_id as id from activity_proposals where email = $1', [email]));
  return row!.id;
};
/** Everything that still mentions the proposer or the entry. */
const traces = (serviceId: string, email: string) => t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => ({
  services: (await sql.query('select 1 from services where id = $1 or proposer_email = $2', [serviceId, email])).length,
  proposals: (await sql.query('select 1 from activity_proposals where service_id = $1 or email = $2', [serviceId, email])).length,
  versions: (await sql.query(`select 1 from directory_versions where entity_id = $1 or changed_by_email = $2 or snapshot::text like '%Henk de Vries%' and entity_id = $1`, [serviceId, email])).length,
  places: (await sql.query(`select 1 from locations l join addresses a on a.tenant_id = l.tenant_id and a.location_id = l.id
                              where l.id in (select location_id from service_at_locations where service_id = $1) or l.name = (select 'Plek van ' || name from services where id = $1)`, [serviceId])).length,
  schedules: (await sql.query('select 1 from schedules where service_id = $1', [serviceId])).length,
}));

describe('expired public proposals (moved clock)', () => {
  it('deletes an unconfirmed proposal once its 7-day link has expired, with its personal data and place; confirmed ones stay', async () => {
    const stale = await propose('Klaverjasavond', 'henk@example.nl');
    const kept = await propose('Buurtbingo', 'bingo@example.nl');
    const [mail] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ body_text: string }>(`select body_text from outbox_messages where recipient = 'bingo@example.nl'`));
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.body_text)![1]!;
    expectOk(await t.request('POST', '/api/v1/public/activity-proposals/confirmations', { body: { token } }));
    const before = await traces(stale, 'henk@example.nl');
    expect(before).toMatchObject({ services: 1, proposals: 1, schedules: 1, places: 1 });
    expect(before.versions).toBeGreaterThan(0);

    expect(await run(6)).toEqual({ proposals: 0, locations: 0 });
    expect((await traces(stale, 'henk@example.nl')).services).toBe(1);

    expect(await run(8)).toEqual({ proposals: 1, locations: 1 });
    expect(await traces(stale, 'henk@example.nl')).toEqual({ services: 0, proposals: 0, versions: 0, places: 0, schedules: 0 });
    expect((await traces(kept, 'bingo@example.nl')).services).toBe(1);
    const queue = (await t.request('GET', '/api/v1/services?moderation=pending&q=buurtbingo', { cookie: coach })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toEqual([kept]);
    expect(await run(30)).toEqual({ proposals: 0, locations: 0 });

    const events = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ details: Record<string, unknown> }>(`select details from audit_events where event_type = 'directory.activity.expired_deleted'`));
    expect(events.map((e) => e.details)).toEqual([expect.objectContaining({ proposals: 1, locations: 1 })]);
    expect(JSON.stringify(events)).not.toContain('henk');

    // The version history of every other entry stays append-only for the app.
    const [row] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ n: number }>(
      'with gone as (delete from directory_versions where entity_id = $1 returning 1) select count(*)::int as n from gone', [kept]));
    expect(row!.n).toBe(0);
  });
});
