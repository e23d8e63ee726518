import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loadCaseRelation } from '../../platform/access';
import type { Actor } from '../../platform/actor';
import { householdById, householdFile, householdFileFor, membersOfHousehold } from './queries';

let t: TestApp;
let coordinated: string;
let otherTeams: string;
beforeAll(async () => {
  t = await createTestApp({ households: 12 });
  const rows = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query<{ id: string; mine: boolean; team: string }>(
      `select h.id, exists (select 1 from case_members cm join users u on u.tenant_id = cm.tenant_id and u.id = cm.user_id
                             where cm.household_id = h.id and u.email = 'coach@voorbeeld.nl') as mine, t.name as team
         from households h join teams t on t.tenant_id = h.tenant_id and t.id = h.team_id`,
    ),
  );
  coordinated = rows.find((r) => r.mine)!.id;
  otherTeams = rows.find((r) => r.team === 'Team Zuid')!.id;
});
afterAll(() => t.close());

const personReads = (householdId: string) =>
  t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query<{ person_id: string; reason: string | null; outcome: string }>("select person_id, reason, outcome from audit_events where event_type = 'person.read' and object_id = $1", [householdId]),
  );

describe('GET /api/v1/households/{id}', () => {
  it('opens the file for its coordinator and writes one audit event per person read', async () => {
    const cookie = await t.signIn('coach@voorbeeld.nl');
    const response = await t.request('GET', `/api/v1/households/${coordinated}`, { cookie });
    expect(response.statusCode).toBe(200);
    const household = response.json();
    expect(household.access).toBe('coordinator');
    expect(household.members.length).toBeGreaterThanOrEqual(2);
    const reads = await personReads(coordinated);
    expect(reads.map((r) => r.person_id).sort()).toEqual(household.members.map((m: { id: string }) => m.id).sort());
  });

  it('opens it for the team lead of the household\'s team', async () => {
    const cookie = await t.signIn('team_lead@voorbeeld.nl');
    const response = await t.request('GET', `/api/v1/households/${coordinated}`, { cookie });
    expect(response.json().access).toBe('team_lead');
  });

  it('answers 404 to a coach of another team, exactly as for a household that does not exist, and audits the attempt', async () => {
    const cookie = await t.signIn('coach.zuid@voorbeeld.nl');
    const denied = await t.request('GET', `/api/v1/households/${coordinated}`, { cookie });
    const missing = await t.request('GET', '/api/v1/households/01900000-0000-7000-8000-00000000abcd', { cookie });
    expect(denied.statusCode).toBe(404);
    expect({ ...denied.json(), instance: '' }).toEqual({ ...missing.json(), instance: '' });
    const attempts = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
      sql.query("select 1 from audit_events where event_type = 'household.read' and outcome = 'denied' and object_id = $1", [coordinated]),
    );
    expect(attempts).toHaveLength(1);
  });

  it('is closed to roles without case work, even with break-the-glass', async () => {
    for (const email of ['admin@voorbeeld.nl', 'analyst@voorbeeld.nl', 'outreach@voorbeeld.nl', 'client@voorbeeld.nl']) {
      const cookie = await t.signIn(email);
      expect((await t.request('GET', `/api/v1/households/${coordinated}`, { cookie })).statusCode, email).toBe(404);
      expect((await t.request('POST', '/api/v1/break-the-glass-grants', { cookie, body: { householdId: coordinated, reason: 'Ik wil het gewoon zien' } })).statusCode, email).toBe(403);
    }
  });
});

describe('break-the-glass', () => {
  it('needs a reason, gives 60 minutes of access, tells the safety officer and team lead, and is audited', async () => {
    const cookie = await t.signIn('coach@voorbeeld.nl');
    const noReason = await t.request('POST', '/api/v1/break-the-glass-grants', { cookie, body: { householdId: otherTeams, reason: 'kort' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().invalidParams[0].name).toBe('body.reason');

    const reason = 'Acute melding van de school buiten kantooruren; regisseur niet bereikbaar.';
    const grant = await t.request('POST', '/api/v1/break-the-glass-grants', { cookie, body: { householdId: otherTeams, reason } });
    expect(grant.statusCode).toBe(201);
    const minutes = (Date.parse(grant.json().expiresAt) - Date.parse(grant.json().grantedAt)) / 60_000;
    expect(minutes).toBeCloseTo(60, 0);

    const file = await t.request('GET', `/api/v1/households/${otherTeams}`, { cookie });
    expect(file.json().access).toBe('break_the_glass');
    expect((await personReads(otherTeams)).every((r) => r.reason === 'break-the-glass')).toBe(true);

    const safety = await t.signIn('safety_officer@voorbeeld.nl');
    const notices = (await t.request('GET', '/api/v1/notifications', { cookie: safety })).json().items;
    expect(notices[0]).toMatchObject({ kind: 'break_the_glass', payload: { householdId: otherTeams, reason } });
    const events = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ reason: string }>("select reason from audit_events where event_type = 'case.break_the_glass'"));
    expect(events).toEqual([{ reason }]);
  });

  it('closes again when the 60 minutes are over', async () => {
    const cookie = await t.signIn('coach@voorbeeld.nl');
    // Grants are insert-only for the app; move the clock on as the database owner.
    await t.db.asOwner((sql) => sql.query("update break_glass_grants set expires_at = now() - interval '1 second' where tenant_id = $1", [t.tenant.id]));
    expect((await t.request('GET', `/api/v1/households/${otherTeams}`, { cookie })).statusCode).toBe(404);
  });
});

describe('householdFile', () => {
  it('gives in one statement exactly what householdById and membersOfHousehold give, for every household', async () => {
    await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
      // One member without a birth date and one without a BSN, so the nulls are compared too.
      await sql.query(`update persons set birth_date = null where id = (select id from persons where household_id = $1 order by id limit 1)`, [coordinated]);
      await sql.query(`update persons set bsn_digest = null where id = (select id from persons where household_id = $1 order by id desc limit 1)`, [coordinated]);
      const ids = await sql.query<{ id: string }>('select id from households order by id');
      expect(ids.length).toBeGreaterThan(10);
      for (const { id } of ids) {
        const file = await householdFile(sql, id);
        expect(file, id).toEqual({ household: await householdById(sql, id), members: await membersOfHousehold(sql, id) });
        expect(file!.members.length, id).toBeGreaterThan(0);
      }
      expect(await householdFile(sql, '00000000-0000-7000-8000-000000000000')).toBeNull();
    });
  });
});

describe('householdFileFor', () => {
  it('gives the relation loadCaseRelation gives and the file only where some relation exists, for every household and user', async () => {
    await t.db.withTenant({ tenantId: t.tenant.id }, async (sql) => {
      const users = await sql.query<{ id: string; roles: Actor['roles'] }>('select id, roles from users order by id');
      const ids = (await sql.query<{ id: string }>('select id from households order by id')).map((r) => r.id);
      // One open break-the-glass grant, so that way in is compared too.
      await sql.query(`insert into break_glass_grants (tenant_id, id, user_id, household_id, reason, expires_at)
                       values ($1, gen_random_uuid(), $2, $3, 'a test of the way in', now() + interval '1 hour')`, [t.tenant.id, users[0]!.id, otherTeams]);
      const seen = { withFile: 0, withoutFile: 0 };
      for (const user of users) {
        const actor: Actor = { tenantId: t.tenant.id, userId: user.id, sessionId: user.id, totpSetupRequired: false, roles: user.roles, teamIds: [], ip: '127.0.0.1', userAgent: null };
        for (const id of ids) {
          const rel = await loadCaseRelation(sql, actor, id);
          const related = Boolean(rel && (rel.caseRole || rel.isTeamLeadOfCase || rel.breakGlassUntil));
          expect(await householdFileFor(sql, actor, id), `${user.id} ${id}`).toEqual({ rel, file: related ? await householdFile(sql, id) : null });
          seen[related ? 'withFile' : 'withoutFile']++;
        }
        expect(await householdFileFor(sql, actor, '00000000-0000-7000-8000-000000000000')).toBeNull();
      }
      expect(seen.withFile).toBeGreaterThan(0);
      expect(seen.withoutFile).toBeGreaterThan(0);
    });
  });
});
