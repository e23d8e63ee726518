import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestTenant } from '../../testing/test-app';
import { auditEventsOf, openPlanTestbed, type Cookies, type FreshHousehold } from '../../testing/household-kit';
import { sampleSteps } from './sample-steps';

let t: TestApp;
let who: Cookies;
let family: FreshHousehold;
let caseId: string;
let other: TestTenant;
const extra: Record<'safety' | 'specialist' | 'member' | 'otherTenant', string> = { safety: '', specialist: '', member: '', otherTenant: '' };

beforeAll(async () => {
  ({ t, who, family } = await openPlanTestbed());
  extra.safety = await t.signIn('safety_officer@voorbeeld.nl');
  extra.specialist = await t.signIn('specialist@voorbeeld.nl');
  const users = (await t.request('GET', '/api/v1/users?limit=100', { cookie: who.admin })).json().items as { id: string; email: string; roles: string[]; teamIds: string[] }[];
  const idOf = (email: string) => users.find((u) => u.email === email)!.id;
  const member = users.find((u) => u.roles.includes('coach') && u.email !== 'coach@voorbeeld.nl' && u.teamIds.length > 0 && u.email !== 'coach.zuid@voorbeeld.nl')!;
  for (const [userId, role] of [[idOf('specialist@voorbeeld.nl'), 'specialist'], [member.id, 'member']] as const)
    expect((await t.request('POST', `/api/v1/households/${family.id}/case-members`, { cookie: who.coach, body: { userId, role } })).statusCode).toBe(201);
  await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query("update users set password_hash = (select password_hash from users where email = 'coach@voorbeeld.nl') where id = $1", [member.id]));
  extra.member = await t.signIn(member.email);
  other = await t.addTenant();
  extra.otherTenant = await t.signIn('coach@voorbeeld.nl', { tenant: other });
  caseId = (await t.request('POST', '/api/v1/meldcode-cases', { cookie: who.coach, body: { householdId: family.id } })).json().id;
});
afterAll(() => t.close());

const caseUrl = () => `/api/v1/meldcode-cases/${caseId}`;

describe('who sees a Meldcode case', () => {
  it('lets the coordinator, the team\'s safety officer and the team lead read it, each audited with how they came', async () => {
    for (const [cookie, access] of [[who.coach, 'coordinator'], [extra.safety, 'safety_officer'], [who.teamLead, 'team_lead']] as const) {
      const read = await t.request('GET', caseUrl(), { cookie });
      expect(read.statusCode).toBe(200);
      expect(read.json().access).toBe(access);
    }
    const vias = (await auditEventsOf(t, family.id, 'meldcode_case.read')).map((e) => e.details.via);
    expect(vias).toEqual(['coordinator', 'safety_officer', 'team_lead']);
  });

  it('lets the safety officer work through a step, and the team lead only read along (403 on a change)', async () => {
    const bySafety = await t.request('POST', `${caseUrl()}/step-records`, { cookie: extra.safety, body: sampleSteps()[0] });
    expect(bySafety.statusCode).toBe(201);
    expect(bySafety.json().steps[0].completedByName).toBe('Fatima Ouali');
    const byLead = await t.request('POST', `${caseUrl()}/step-records`, { cookie: who.teamLead, body: sampleSteps()[1] });
    expect(byLead.statusCode).toBe(403);
    expect((await t.request('GET', caseUrl(), { cookie: who.teamLead })).json().canEdit).toBe(false);
  });

  it('answers 404, as for a case that does not exist, to the specialist and team member on the case, other teams, admins and other municipalities', async () => {
    const unknown = `/api/v1/meldcode-cases/01900000-0000-7000-8000-000000000000`;
    expect((await t.request('GET', unknown, { cookie: who.coach })).statusCode).toBe(404);
    for (const cookie of [extra.specialist, extra.member, who.otherTeam, who.admin, who.analyst]) {
      expect((await t.request('GET', caseUrl(), { cookie })).statusCode).toBe(404);
      expect((await t.request('GET', `/api/v1/meldcode-cases?householdId=${family.id}`, { cookie })).statusCode).toBe(404);
      expect((await t.request('POST', `${caseUrl()}/step-records`, { cookie, body: sampleSteps()[1] })).statusCode).toBe(404);
      expect((await t.request('GET', `${caseUrl()}/report-document`, { cookie })).statusCode).toBe(404);
      expect((await t.request('POST', '/api/v1/meldcode-cases', { cookie, body: { householdId: family.id } })).statusCode).toBe(404);
    }
    expect((await t.request('GET', caseUrl(), { cookie: extra.otherTenant, tenant: other })).statusCode).toBe(404);
    expect((await t.request('GET', caseUrl())).statusCode).toBe(401);
    // The specialist can read the household file itself, but their own list holds no Meldcode case.
    expect((await t.request('GET', `/api/v1/households/${family.id}`, { cookie: extra.specialist })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/meldcode-cases', { cookie: extra.specialist })).json().items).toEqual([]);
    const denied = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ n: string }>("select count(*) as n from audit_events where object_id = $1 and event_type = 'meldcode_case.read' and outcome = 'denied'", [caseId]));
    expect(Number(denied[0]!.n)).toBeGreaterThan(0);
  });

  it('gives break-the-glass no Meldcode access', async () => {
    const grant = await t.request('POST', '/api/v1/break-the-glass-grants', { cookie: who.otherTeam, body: { householdId: family.id, reason: 'Crisis in de avond, regisseur niet bereikbaar' } });
    expect(grant.statusCode).toBe(201);
    expect((await t.request('GET', `/api/v1/households/${family.id}`, { cookie: who.otherTeam })).statusCode).toBe(200);
    expect((await t.request('GET', caseUrl(), { cookie: who.otherTeam })).statusCode).toBe(404);
  });

  it('keeps the Meldcode out of the household timeline, which the case team sees', async () => {
    for (const cookie of [extra.specialist, extra.member, who.coach]) {
      const timeline = await t.request('GET', `/api/v1/households/${family.id}/timeline?limit=100`, { cookie });
      expect(timeline.statusCode).toBe(200);
      expect(timeline.body.toLowerCase()).not.toContain('meldcode');
      expect(timeline.body).not.toContain(caseId);
    }
  });

  it('lists the cases each may see across households', async () => {
    for (const cookie of [who.coach, extra.safety, who.teamLead]) {
      const ids = (await t.request('GET', '/api/v1/meldcode-cases?limit=100', { cookie })).json().items.map((c: { id: string }) => c.id);
      expect(ids).toContain(caseId);
    }
    expect((await t.request('GET', '/api/v1/meldcode-cases', { cookie: who.otherTeam })).json().items).toEqual([]);
  });
});
