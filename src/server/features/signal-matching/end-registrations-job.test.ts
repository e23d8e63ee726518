import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, signInAt } from '../../testing/api-fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { endSignalMatchRegistrationsJob } from './end-registrations-job';

let t: TestApp;
let school: string;
let youthWork: string;
let client: string;

beforeAll(async () => {
  t = await createTestApp({ households: 4 });
  [school, youthWork, client] = [await signInAt(t, 'signaller@voorbeeld.nl'), await signInAt(t, 'outreach@voorbeeld.nl'), await signInAt(t, 'client@voorbeeld.nl')];
});
afterAll(() => t.close());

const url = '/api/v1/signal-match-registrations';
const register = (cookie: string, who: { givenName: string; familyName: string; birthDate: string }, organisationName: string) =>
  ok<{ id: string; endsAt: string; matches: number }>(t, { method: 'POST', url, cookie, body: { ...who, organisationName, contactPhone: '010-1234567' } });
/** Runs the job in this test's municipality only, with the clock at `at`. */
const runJobAt = (at: string) => t.db.withTenant({ tenantId: t.tenant.id }, (sql) => endSignalMatchRegistrationsJob(() => new Date(at)).runForTenant(sql));
const ownIds = async (cookie: string) => (await ok<{ items: { id: string }[] }>(t, { method: 'GET', url, cookie })).items.map((r) => r.id);
const matchesOf = async (cookie: string) => (await ok<{ items: unknown[] }>(t, { method: 'GET', url: '/api/v1/signal-matches', cookie })).items;

describe('the end of a registration', () => {
  it('shows a young person the organisations registered about them, without the contact persons', async () => {
    const about = (await ok<{ items: { organisationName: string; since: string; until: string }[] }>(t, { method: 'GET', url: '/api/v1/me/signal-match-registrations', cookie: client })).items;
    expect(about.map((r) => r.organisationName)).toEqual(['Het Baken College', 'Jongerenwerk De Plek']);
    expect(JSON.stringify(about)).not.toMatch(/Ahmed|Kevin|010-|06-/);
    const events = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ person_id: string }>("select person_id from audit_events where event_type = 'signal_match.read_by_client'"));
    expect(events).toHaveLength(1);
    expect(events[0]!.person_id).not.toBeNull();
  });

  it('ends at the 23rd birthday when that comes before two years', async () => {
    const almost23 = { givenName: 'Daan', familyName: 'Kok', birthDate: '2004-08-01' };
    const first = await register(school, almost23, 'ROC Voorbeeld');
    await register(youthWork, almost23, 'Jongerenwerk De Plek');
    expect(first.endsAt).toBe('2027-08-01T00:00:00.000Z');
    expect(await matchesOf(school)).toHaveLength(2);

    expect(await runJobAt('2027-07-31T23:59:00Z')).toEqual({ ended: 0, notifications: 0 });
    expect(await ownIds(school)).toContain(first.id);
    expect(await runJobAt('2027-08-01T00:00:00Z')).toEqual({ ended: 2, notifications: 2 });
    expect(await ownIds(school)).not.toContain(first.id);
    expect(await matchesOf(school)).toHaveLength(1);
    const left = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("select details from audit_events where event_type = 'signal_match.registrations_ended'"));
    expect(left).toEqual([{ details: { ended: 2, notifications: 2, asOf: '2027-08-01T00:00:00.000Z' } }]);
  });

  it('ends after two years at the latest, and an ended registration no longer matches', async () => {
    const young = { givenName: 'Isa', familyName: 'Mol', birthDate: '2014-02-02' };
    const first = await register(school, young, 'Basisschool De Linde');
    const twoYears = new Date(first.endsAt);
    expect(twoYears.getTime() - Date.now()).toBeGreaterThan(729 * 86_400_000);
    expect(twoYears.getTime() - Date.now()).toBeLessThanOrEqual(731 * 86_400_000);
    // The demo registrations (from autumn 2026) end before this one.
    await runJobAt(new Date(twoYears.getTime() - 60_000).toISOString());
    expect(await ownIds(school)).toEqual([first.id]);
    expect(await runJobAt(twoYears.toISOString())).toEqual({ ended: 1, notifications: 0 });
    expect(await ownIds(school)).not.toContain(first.id);
    expect((await register(youthWork, young, 'Jongerenwerk De Plek')).matches).toBe(0);
  });
});
