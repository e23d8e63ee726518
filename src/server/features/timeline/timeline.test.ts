import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app';
import { signalBody } from '../signals/signal-kit';
import { auditEventsOf, openPlanTestbed, OUTSIDERS_REFUSED, outsiderStatuses, registerFamily, type Cookies, type FreshHousehold } from '../../testing/household-kit';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
const SECRET = 'Vertrouwelijk: vader heeft een strafblad';

beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
  const h = `/api/v1/households/${family.id}`;
  const send = async (path: string, body: unknown) => {
    const response = await t.request('POST', `${h}${path}`, { cookie: who.coach, body });
    if (response.statusCode >= 300) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  await send('/contacts', { occurredOn: '2026-02-03', kind: 'home_visit', participants: 'Sanne, Milan', minutes: 60, note: SECRET, sensitive: true });
  const goal = await send('/goals', { personId: family.childId, domain: 'school_work', ownWords: 'Ik wil weer met plezier naar school' });
  await send(`/goals/${goal.id}/ratings`, { rating: 4 });
  await send('/plan-meetings', { metOn: '2026-02-10', agreedBy: ['Sanne', 'Milan'] });
  await send('/zrm-assessments', { personId: family.parentId, assessedOn: '2026-02-05', scores: { finances: 2 } });
  await send('/safety-maps', { workingWell: 'Oma helpt' });
  await send('/care-decisions', { direction: 'step_up', provider: 'Jeugdhulp Voorbeeld', productCategory: 'Jeugd-GGZ', startsOn: '2026-03-01' });
  await send('/closures', { reason: 'Het gaat goed', goalEvaluations: [{ goalId: goal.id, status: 'achieved', evaluation: 'Gaat weer graag' }] });
});
afterAll(() => t.close());

const url = (query = '') => `/api/v1/households/${family.id}/timeline${query}`;

describe('timeline', () => {
  it('shows everything that happened in the case, in time order, without contact notes', async () => {
    const response = await t.request('GET', url('?limit=100'), { cookie: who.coach });
    expect(response.statusCode).toBe(200);
    const entries = response.json().items as { at: string; kind: string; title: string; byName: string | null }[];
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set([
      'household_registered', 'coordinator_handover', 'contact', 'plan_created', 'goal_created', 'goal_rated', 'plan_meeting',
      'care_decision', 'safety_map', 'zrm_assessment', 'case_closed',
    ]));
    const times = entries.map((e) => e.at);
    expect(times).toEqual([...times].sort());
    // Dated events without a time sit at the start of their day.
    expect(entries.slice(0, 3).map((e) => e.kind)).toEqual(['contact', 'zrm_assessment', 'plan_meeting']);
    expect(entries.find((e) => e.kind === 'contact')).toMatchObject({ title: 'Huisbezoek (60 minuten)', byName: 'Sanne de Vries' });
    expect(entries.find((e) => e.kind === 'goal_rated')?.title).toBe('Cijfer 4 voor: Ik wil weer met plezier naar school');
    expect(entries.find((e) => e.kind === 'care_decision')?.title).toBe('Opgeschaald naar Jeugdhulp Voorbeeld (Jeugd-GGZ)');
    expect(entries.at(-1)).toMatchObject({ kind: 'case_closed', title: 'Afgesloten: Het gaat goed' });
    expect(response.body).not.toContain('strafblad');
  });

  it('pages through the same entries in either direction, each exactly once', async () => {
    const all = (await t.request('GET', url('?limit=100'), { cookie: who.coach })).json().items;
    for (const order of ['asc', 'desc'] as const) {
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: unknown[]; nextCursor: string | null } = (await t.request('GET', url(`?limit=3&order=${order}${cursor ? `&cursor=${cursor}` : ''}`), { cookie: who.coach })).json();
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(order === 'asc' ? all : [...all].reverse());
    }
    const forged = Buffer.from(JSON.stringify(['gisteren', 'contact', 'x'])).toString('base64url');
    expect((await t.request('GET', url(`?cursor=${forged}`), { cookie: who.coach })).statusCode).toBe(400);
    expect((await t.request('GET', url('?order=sideways'), { cookie: who.coach })).statusCode).toBe(400);
  });

  it('audits the read, with one event per person shown', async () => {
    const reads = (await auditEventsOf(t, family.id, 'person.read')).filter((e) => e.details.part === 'timeline.read');
    expect(new Set(reads.map((r) => r.person_id))).toEqual(new Set([family.childId, family.parentId]));
    expect((await auditEventsOf(t, family.id, 'timeline.read')).length).toBeGreaterThan(0);
  });

  it('is open to the team lead and closed to outsiders', async () => {
    expect((await t.request('GET', url(), { cookie: who.teamLead })).statusCode).toBe(200);
    expect(await outsiderStatuses(t, who, 'GET', url())).toEqual(OUTSIDERS_REFUSED);
  });

  it('shows a signal linked to the household with its reference and who sent it, never its content, to the case team only', async () => {
    const linked = await registerFamily(t, who.coach, 'Signaalveld');
    const send = async (cookie: string | undefined, path: string, body: unknown) => {
      const response = await t.request('POST', path, { cookie, body });
      if (response.statusCode >= 300) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
      return response.json();
    };
    const fromSchool = await send(await t.signIn('signaller@voorbeeld.nl'), '/api/v1/signals', signalBody({ description: 'Zij vertelde over ruzie thuis' }));
    await send(who.coach, `/api/v1/signals/${fromSchool.id}/household-links`, { householdId: linked.id, note: 'Interne notitie van de coach' });
    const resident = await send(undefined, '/api/v1/public/signals', { kind: 'worry', message: 'Ik hoor vaak geschreeuw bij de buren', anonymous: true });
    const residentId = (await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string }>('select id from signals where reference = $1', [resident.reference])))[0]!.id;
    await send(who.coach, `/api/v1/signals/${residentId}/household-links`, { householdId: linked.id });
    const timeline = `/api/v1/households/${linked.id}/timeline?limit=100`;
    const response = await t.request('GET', timeline, { cookie: who.coach });
    const signals = (response.json().items as { kind: string; title: string; byName: string | null }[]).filter((e) => e.kind === 'signal_linked');
    expect(signals).toEqual([
      expect.objectContaining({ title: `Signaal gekoppeld (${fromSchool.reference}), van OBS De Regenboog`, byName: 'Sanne de Vries' }),
      expect.objectContaining({ title: `Signaal gekoppeld (${resident.reference}), van een inwoner`, byName: 'Sanne de Vries' }),
    ]);
    for (const secret of ['ruzie thuis', 'Interne notitie', 'geschreeuw', 'Lotte']) expect(response.body).not.toContain(secret);
    // Another household's timeline does not show them.
    expect((await t.request('GET', url('?limit=100'), { cookie: who.coach })).json().items.map((e: { kind: string }) => e.kind)).not.toContain('signal_linked');
    expect((await t.request('GET', timeline, { cookie: who.teamLead })).json().items.filter((e: { kind: string }) => e.kind === 'signal_linked')).toHaveLength(2);
    expect(await outsiderStatuses(t, who, 'GET', timeline)).toEqual(OUTSIDERS_REFUSED);
  });
});
