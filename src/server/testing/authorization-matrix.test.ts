/// <reference types="vite/client" />
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../features/auth/public-tenant';
import { newId } from '../platform/ids';
import { FIXTURE_BSN, currentVersion, freshIp, ok, registerTwoMemberHousehold, send, signInAt } from './api-fixtures';
import {
  adminOnly, anySignedIn, attempt, buildWorld, caseRead, caseWrite, coordinatorOrLead, createFreshCase, emailOf, only, organisationReaders, otherRoleFor,
  publicFor, SUBJECTS, uniqueSuffix, type Ctx, type Expected, type MatrixRules, type Rule, type Subject, type World,
} from './authorization-kit';
import { loadOperations } from './openapi-operations';
import { createTestApp, type TestApp } from './test-app';

/**
 * Who may call what. Every operation of the OpenAPI document has a row here: the status each demo
 * role gets for a realistic call, what an anonymous visitor gets, and what a user of another
 * municipality gets when they send the same call with this municipality's ids (never a 2xx with
 * this municipality's data). A new operation without a row fails the first test.
 *
 * Rows run in this order; the ones that end sessions or switch on two-factor come last.
 */
let t: TestApp;
let w: World;

const api = (path: string) => `/api/v1${path}`;
const hh = (path = '') => api(`/households/${w.household.householdId}${path}`);
const asCoach = () => w.cookies.coach;
const etagOf = (version: number) => `W/"${version}"`;
const coachJson = <T>(url: string) => ok<T>(t, { method: 'GET', url, cookie: asCoach() });

/** A household of its own for calls that change the case for good (hand-over, closing, a first plan). */
const freshCase = () => createFreshCase(w);

const coreRules: Record<string, Rule> = {
  // ---------- public, and the signed-in user's own account ----------
  getPublicTenant: { expect: publicFor(200), call: async () => ({ method: 'GET', url: api('/public/tenant') }) },
  signIn: {
    expect: publicFor(201),
    call: async (ctx) => ({ method: 'POST', url: api('/sessions'), body: { email: emailOf(ctx.role), password: DEMO_PASSWORD } }),
  },
  getMe: { expect: anySignedIn(200), call: async () => ({ method: 'GET', url: api('/me') }) },
  updateMe: { expect: anySignedIn(200), call: async () => ({ method: 'PATCH', url: api('/me'), body: { locale: 'nl' } }) },
  listMySessions: { expect: anySignedIn(200), call: async () => ({ method: 'GET', url: api('/sessions') }) },
  listMyNotifications: { expect: anySignedIn(200), call: async () => ({ method: 'GET', url: api('/notifications') }) },
  startTotpSetup: { expect: anySignedIn(201), call: async () => ({ method: 'POST', url: api('/me/totp-secrets') }) },
  requestPasswordReset: {
    expect: publicFor(202),
    call: async (ctx) => ({ method: 'POST', url: api('/password-reset-requests'), body: { email: emailOf(ctx.role) } }),
  },
  completePasswordReset: {
    // Anyone holding a valid link may use it; at another municipality's address the link is unknown.
    expect: publicFor(204, 404),
    call: async () => ({ method: 'POST', url: api('/password-resets'), body: { token: await resetTokenOfSpare(), newPassword: 'Een-nieuw-wachtwoord-2026' } }),
  },

  // ---------- administration ----------
  listUsers: { expect: adminOnly(200, 200), call: async () => ({ method: 'GET', url: api('/users') }) },
  inviteUser: {
    // Tenant B's admin naming A's team: refused as a team that does not exist.
    expect: adminOnly(201, 400),
    call: async () => ({ method: 'POST', url: api('/users'), body: { email: `matrix.${uniqueSuffix()}@voorbeeld.nl`, displayName: 'Nieuwe Collega', roles: ['coach'], teamIds: [w.teams.noord] } }),
  },
  updateUser: { expect: adminOnly(200, 404), call: async () => ({ method: 'PATCH', url: api(`/users/${w.spare.id}`), body: { displayName: 'Matrix Reserve' } }) },
  listTeams: { expect: organisationReaders(200, 200), call: async () => ({ method: 'GET', url: api('/teams') }) },
  createTeam: {
    expect: adminOnly(201, 400),
    call: async () => ({ method: 'POST', url: api('/teams'), body: { name: `Team ${uniqueSuffix()}`, districtId: w.district.id } }),
  },
  updateTeam: { expect: adminOnly(200, 404), call: async () => ({ method: 'PATCH', url: api(`/teams/${w.teams.noord}`), body: { name: 'Team Noord', districtId: w.district.id } }) },
  listTeamMembers: {
    // Members of Team Noord and admins; a team of another municipality does not exist for them.
    expect: { ...only(['coach', 'specialist', 'team_lead', 'safety_officer', 'admin'], 200, 404, 404) },
    otherAs: 'admin',
    call: async () => ({ method: 'GET', url: api(`/teams/${w.teams.noord}/members`) }),
  },
  listDistricts: { expect: organisationReaders(200, 200), call: async () => ({ method: 'GET', url: api('/districts') }) },
  createDistrict: {
    expect: adminOnly(201, 201),
    call: async () => ({ method: 'POST', url: api('/districts'), body: { name: 'Nieuwe wijk', cbsCode: `WK${String(100000 + (uniqueCode++ % 900000))}` } }),
  },
  updateDistrict: { expect: adminOnly(200, 404), call: async () => ({ method: 'PATCH', url: api(`/districts/${w.district.id}`), body: await districtAsItIs() }) },
  createNeighbourhood: {
    expect: adminOnly(201, 400),
    call: async () => ({ method: 'POST', url: api('/neighbourhoods'), body: { name: 'Nieuwe buurt', cbsCode: `BU${String(10000000 + (uniqueCode++ % 90000000))}`, districtId: w.district.id } }),
  },
  updateNeighbourhood: {
    expect: adminOnly(200, 404),
    call: async () => ({ method: 'PATCH', url: api(`/neighbourhoods/${w.district.neighbourhoodId}`), body: await neighbourhoodAsItIs() }),
  },
  updateTheme: { expect: adminOnly(200, 200), call: async () => ({ method: 'PUT', url: api('/theme'), body: await themeAsItIs() }) },
  listOutboxMessages: { expect: adminOnly(200, 200), call: async () => ({ method: 'GET', url: api('/outbox-messages') }) },
  importPostcodeAreas: {
    expect: adminOnly(201, 201),
    call: async () => ({ method: 'POST', url: api('/postcode-areas'), payload: 'postcode,neighbourhood_code\r\n1234AB,BU09990101\r\n', headers: { 'content-type': 'text/csv' } }),
  },
  listZrmDomains: { expect: anySignedIn(200), call: async () => ({ method: 'GET', url: api('/zrm-domains') }) },
  replaceZrmDomains: { expect: adminOnly(200, 200), call: async () => ({ method: 'PUT', url: api('/zrm-domains'), body: { domains: await zrmDomainsAsTheyAre() } }) },
  searchAuditEvents: { expect: adminOnly(200, 200), call: async () => ({ method: 'GET', url: api(`/audit-events?personId=${w.household.parentId}`) }) },

  // ---------- households ----------
  checkHouseholdDuplicates: {
    expect: only(['coach', 'team_lead'], 200, 403, 200),
    call: async () => ({ method: 'POST', url: api('/household-duplicate-checks'), body: { members: [{ givenName: 'Ingrid', familyName: 'Matrixhuis', birthDate: '1984-05-06', bsn: FIXTURE_BSN }] } }),
  },
  registerHousehold: {
    // Coaches and team leads of the team; tenant B's coach naming A's team is refused.
    expect: only(['coach', 'team_lead'], 201, 403, 403),
    call: async () => ({
      method: 'POST', url: api('/households'),
      body: { teamId: w.teams.noord, members: [{ givenName: 'Sam', familyName: 'Nieuwkomer', birthDate: '1990-02-03', role: 'parent' }], address: { street: 'Laan', houseNumber: '1', postcode: '1234 AB', city: 'Voorbeeld' }, acknowledgeDuplicates: true },
    }),
  },
  listHouseholds: { expect: only(['coach', 'specialist', 'team_lead', 'safety_officer'], 200, 403, 200), call: async () => ({ method: 'GET', url: api('/households') }) },
  getHousehold: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh() }) },
  updateHousehold: {
    expect: caseWrite(200),
    call: async () => ({ method: 'PATCH', url: hh(), headers: { 'if-match': await currentVersion(t, asCoach(), hh()) }, body: { priority: 'normal' } }),
  },
  addHouseholdMember: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh('/members'), body: { givenName: 'Lot', familyName: 'Matrixhuis', birthDate: '2016-03-04', role: 'child' } }) },
  updateHouseholdMember: {
    expect: caseWrite(200),
    call: async () => {
      const file = await coachJson<{ members: { id: string; version: number }[] }>(hh());
      const member = file.members.find((m) => m.id === w.household.childId)!;
      return { method: 'PATCH', url: hh(`/members/${member.id}`), headers: { 'if-match': etagOf(member.version) }, body: { phone: '0612345678' } };
    },
  },
  getMemberBsn: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh(`/members/${w.household.parentId}/bsn`) }) },
  handOverCoordinator: {
    expect: coordinatorOrLead(201),
    call: async () => ({ method: 'POST', url: api(`/households/${(await freshCase()).householdId}/coordinator-handovers`), body: { userId: w.noordCoaches[0], note: 'Overdracht' } }),
  },
  addCaseTeamMember: {
    expect: coordinatorOrLead(201),
    call: async () => {
      await send(t, { method: 'DELETE', url: hh(`/case-members/${w.noordCoaches[1]}`), cookie: asCoach(), ip: freshIp() });
      return { method: 'POST', url: hh('/case-members'), body: { userId: w.noordCoaches[1], role: 'member' } };
    },
  },
  removeCaseTeamMember: {
    expect: coordinatorOrLead(204),
    call: async () => {
      await send(t, { method: 'POST', url: hh('/case-members'), cookie: asCoach(), body: { userId: w.noordCoaches[1], role: 'member' }, ip: freshIp() });
      return { method: 'DELETE', url: hh(`/case-members/${w.noordCoaches[1]}`) };
    },
  },
  getTimeline: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/timeline') }) },
  getPlanDocument: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/plan-document'), headers: { accept: 'application/json' } }) },

  // ---------- story, exploration, contacts ----------
  getStory: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/story') }) },
  saveStory: {
    expect: caseWrite(200),
    call: async () => ({ method: 'PUT', url: hh('/story'), headers: { 'if-match': await currentVersion(t, asCoach(), hh('/story')) }, body: { story: 'Ons verhaal, aangevuld' } }),
  },
  listStoryVersions: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/story-versions') }) },
  getStoryVersion: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/story-versions/1') }) },
  listExplorations: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/explorations') }) },
  createExploration: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh('/explorations'), body: { personId: w.household.childId, wishes: 'Zwemmen' } }) },
  updateExploration: {
    expect: caseWrite(200),
    call: async () => {
      const { items } = await coachJson<{ items: { id: string; version: number }[] }>(hh('/explorations'));
      const current = items.find((e) => e.id === w.household.explorationId)!;
      return { method: 'PUT', url: hh(`/explorations/${current.id}`), headers: { 'if-match': etagOf(current.version) }, body: { personId: w.household.childId, wishes: 'Voetballen' } };
    },
  },
  listContacts: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/contacts') }) },
  logContact: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh('/contacts'), body: { occurredOn: '2026-01-05', kind: 'phone', minutes: 15 } }) },

  // ---------- plan ----------
  getPlan: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/plan') }) },
  createPlan: {
    expect: caseWrite(201),
    call: async () => ({ method: 'POST', url: api(`/households/${(await freshCase()).householdId}/plan`) }),
  },
  addGoal: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh('/goals'), body: { domain: 'health', ownWords: 'Beter slapen' } }) },
  updateGoal: {
    expect: caseWrite(200),
    call: async () => {
      const goal = (await planOfHousehold()).goals.find((g) => g.id === w.household.goalId)!;
      return { method: 'PATCH', url: hh(`/goals/${goal.id}`), headers: { 'if-match': etagOf(goal.version) }, body: { ownWords: 'Ik wil weer naar school' } };
    },
  },
  rateGoal: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh(`/goals/${w.household.goalId}/ratings`), body: { rating: 6 } }) },
  addAction: {
    expect: caseWrite(201),
    call: async () => ({ method: 'POST', url: hh(`/goals/${w.household.goalId}/actions`), body: { description: 'Bellen met school', ownerKind: 'family', ownerName: 'Ingrid' } }),
  },
  updateAction: {
    expect: caseWrite(200),
    call: async () => {
      const action = (await planOfHousehold()).goals.flatMap((g) => g.actions).find((a) => a.id === w.household.actionId)!;
      return { method: 'PATCH', url: hh(`/actions/${action.id}`), headers: { 'if-match': etagOf(action.version) }, body: { ownerName: 'Ingrid' } };
    },
  },
  recordPlanMeeting: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh('/plan-meetings'), body: { metOn: '2026-01-05', agreedBy: ['Ingrid'] } }) },
  listPlanMeetings: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/plan-meetings') }) },
  closeCase: {
    expect: coordinatorOrLead(201),
    call: async () => ({ method: 'POST', url: api(`/households/${(await freshCase()).householdId}/closures`), body: { reason: 'Doelen bereikt', goalEvaluations: [] } }),
  },

  // ---------- network, ZRM, safety, care decisions ----------
  listNetworkTies: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/network-ties') }) },
  addNetworkTie: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh('/network-ties'), body: { name: 'Buurvrouw Els', kind: 'neighbour', strength: 'normal' } }) },
  updateNetworkTie: {
    expect: caseWrite(200),
    call: async () => {
      const { items } = await coachJson<{ items: { id: string; version: number }[] }>(hh('/network-ties'));
      const tie = items.find((i) => i.id === w.household.tieId)!;
      return { method: 'PATCH', url: hh(`/network-ties/${tie.id}`), headers: { 'if-match': etagOf(tie.version) }, body: { strength: 'strong' } };
    },
  },
  removeNetworkTie: {
    expect: caseWrite(204),
    call: async () => {
      const tie = await ok<{ id: string }>(t, { method: 'POST', url: hh('/network-ties'), cookie: asCoach(), body: { name: 'Oud-trainer', kind: 'sports_coach', strength: 'weak' } });
      return { method: 'DELETE', url: hh(`/network-ties/${tie.id}`) };
    },
  },
  listZrmAssessments: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/zrm-assessments') }) },
  assessZrm: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh('/zrm-assessments'), body: { personId: w.household.parentId, assessedOn: '2026-01-05', scores: { finances: 3 } } }) },
  listSafetyMaps: {
    // QUESTIONABLE (reported): the safety officer reads no safety map of the team without break-the-glass.
    expect: caseRead(200),
    call: async () => ({ method: 'GET', url: hh('/safety-maps') }),
  },
  saveSafetyMap: { expect: caseWrite(201), call: async () => ({ method: 'POST', url: hh('/safety-maps'), body: { harm: 'Zorgen over toezicht', scaleFamily: 6 } }) },
  listCareDecisions: { expect: caseRead(200), call: async () => ({ method: 'GET', url: hh('/care-decisions') }) },
  recordCareDecision: {
    expect: caseWrite(201),
    call: async () => ({ method: 'POST', url: hh('/care-decisions'), body: { direction: 'step_up', provider: 'Jeugdhulp Voorbeeld', productCategory: 'Ambulant', startsOn: '2026-01-05' } }),
  },

  // ---------- break-the-glass (on a Team Zuid household none of them is related to) ----------
  breakTheGlass: {
    // Roles that can never break the glass get 403 before any lookup, so they learn nothing about the id.
    expect: only(['coach', 'specialist', 'team_lead', 'safety_officer'], 201, 403, 404),
    call: async () => ({ method: 'POST', url: api('/break-the-glass-grants'), body: { householdId: w.zuidHousehold.householdId, reason: 'Melding buiten kantoortijd, coördinator niet bereikbaar' } }),
  },

};

/** Last: calls that end sessions or change how people sign in. */
const closingRules: Record<string, Rule> = {
  revokeMySession: {
    // Another session of the caller's own; tenant B's user tries to end a session of A.
    expect: anySignedIn(204, 404),
    call: async (ctx) => ({ method: 'DELETE', url: api(`/sessions/${await sessionIdOf(await ctx.newSessionInA())}`) }),
  },
  signOut: {
    expect: anySignedIn(204),
    call: async (ctx) => ({ method: 'DELETE', url: api('/sessions/current'), cookie: ctx.subject === 'anonymous' ? null : await ctx.newSession() }),
  },
  changePassword: {
    expect: anySignedIn(204),
    call: async () => ({ method: 'POST', url: api('/me/password-changes'), body: { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD } }),
  },
  confirmTotpSetup: {
    expect: anySignedIn(201),
    call: async (ctx) => ({ method: 'POST', url: api('/me/totp-activations'), body: { code: ctx.cookie ? await firstTotpCode(ctx) : '123456' } }),
  },
};

// ---------- what the rows need ----------

let uniqueCode = Date.now() % 900000;

async function resetTokenOfSpare(): Promise<string> {
  await ok(t, { method: 'POST', url: api('/password-reset-requests'), body: { email: w.spare.email } });
  const outbox = await ok<{ items: { recipient: string; bodyText: string }[] }>(t, { method: 'GET', url: api('/outbox-messages?limit=20'), cookie: w.cookies.admin });
  const mail = outbox.items.find((m) => m.recipient === w.spare.email);
  const token = /token=([A-Za-z0-9_-]+)/.exec(mail?.bodyText ?? '')?.[1];
  if (!token) throw new Error('No reset link for the spare user in the outbox');
  return token;
}

async function districtAsItIs() {
  const { items } = await ok<{ items: { id: string; name: string; cbsCode: string }[] }>(t, { method: 'GET', url: api('/districts'), cookie: w.cookies.admin });
  const district = items.find((d) => d.id === w.district.id)!;
  return { name: district.name, cbsCode: district.cbsCode };
}

async function neighbourhoodAsItIs() {
  const { items } = await ok<{ items: { id: string; neighbourhoods: { id: string; name: string; cbsCode: string; districtId: string }[] }[] }>(t, { method: 'GET', url: api('/districts'), cookie: w.cookies.admin });
  const n = items.flatMap((d) => d.neighbourhoods).find((x) => x.id === w.district.neighbourhoodId)!;
  return { name: n.name, cbsCode: n.cbsCode, districtId: n.districtId };
}

async function themeAsItIs() {
  const info = await ok<{ theme: Record<string, string> }>(t, { method: 'GET', url: api('/public/tenant') });
  return info.theme;
}

async function zrmDomainsAsTheyAre() {
  return (await ok<{ domains: { key: string; label: string }[] }>(t, { method: 'GET', url: api('/zrm-domains'), cookie: w.cookies.admin })).domains;
}

type PlanShape = { goals: { id: string; version: number; actions: { id: string; version: number }[] }[] };
const planOfHousehold = () => coachJson<PlanShape>(hh('/plan'));

async function sessionIdOf(cookie: string): Promise<string> {
  const { items } = await ok<{ items: { id: string; current: boolean }[] }>(t, { method: 'GET', url: api('/sessions'), cookie });
  return items.find((s) => s.current)!.id;
}

/** Starts TOTP set-up for the subject and computes the first code from the secret it hands out. */
async function firstTotpCode(ctx: Ctx): Promise<string> {
  const tenant = ctx.subject === 'other_tenant' ? w.other : t.tenant;
  const setup = await ok<{ secret: string }>(t, { method: 'POST', url: api('/me/totp-secrets'), cookie: ctx.cookie, tenant });
  return new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(setup.secret) }).generate();
}

// ---------- rows kept by the features themselves (testing/matrix/*.ts), before the closing rows ----------

const rules: Record<string, Rule> = { ...coreRules };
const featureRows = import.meta.glob<MatrixRules>('./matrix/*.ts', { eager: true, import: 'matrixRules' });
for (const [file, matrixRules] of Object.entries(featureRows)) {
  for (const [operationId, rule] of Object.entries(matrixRules({ t: () => t, w: () => w }))) {
    if (operationId in rules || operationId in closingRules) throw new Error(`${file} repeats the matrix row of ${operationId}`);
    rules[operationId] = rule;
  }
}
Object.assign(rules, closingRules);

// ---------- the tests ----------

beforeAll(async () => {
  t = await createTestApp();
  const other = await t.addTenant();
  w = await buildWorld(t, other);
});
afterAll(() => t.close());

describe('break-the-glass', () => {
  it('lets a team lead read another team\'s household, not manage its case team', async () => {
    const lead = await signInAt(t, 'team_lead@voorbeeld.nl');
    const zuidCoach = await signInAt(t, 'coach.zuid@voorbeeld.nl');
    const { householdId } = await registerTwoMemberHousehold(t, zuidCoach, 'Glasbreker');
    const zuid = api(`/households/${householdId}`);
    expect((await send(t, { method: 'GET', url: zuid, cookie: lead })).statusCode).toBe(404);
    const grant = await send(t, { method: 'POST', url: api('/break-the-glass-grants'), cookie: lead, body: { householdId, reason: 'Spoedmelding, teamleider Zuid afwezig' } });
    expect(grant.statusCode).toBe(201);
    const file = await send(t, { method: 'GET', url: zuid, cookie: lead });
    expect(file.statusCode).toBe(200);
    const coordinator = file.json() as { coordinatorId: string };
    const colleague = (await ok<{ items: { id: string; roles: string[] }[] }>(t, { method: 'GET', url: api(`/teams/${w.teams.zuid}/members`), cookie: zuidCoach })).items.find((m) => m.roles.includes('coach') && m.id !== coordinator.coordinatorId)!;
    await ok(t, { method: 'POST', url: `${zuid}/case-members`, cookie: zuidCoach, body: { userId: colleague.id, role: 'member' } });

    expect((await send(t, { method: 'DELETE', url: `${zuid}/case-members/${colleague.id}`, cookie: lead })).statusCode).toBe(403);
    expect((await send(t, { method: 'POST', url: `${zuid}/case-members`, cookie: lead, body: { userId: w.noordCoaches[0], role: 'specialist' } })).statusCode).toBe(403);
    expect((await send(t, { method: 'POST', url: `${zuid}/coordinator-handovers`, cookie: lead, body: { userId: colleague.id } })).statusCode).toBe(403);
  });
});

// Before the matrix: its last rows switch on two-factor sign-in for the demo accounts.
describe('municipalities are apart', () => {
  it('accepts a session only at the address of its own municipality', async () => {
    const cookie = await signInAt(t, 'admin@voorbeeld.nl');
    expect((await send(t, { method: 'GET', url: api('/me'), cookie })).statusCode).toBe(200);
    expect((await send(t, { method: 'GET', url: api('/me'), cookie, tenant: w.other })).statusCode).toBe(401);
    expect((await send(t, { method: 'GET', url: api(`/users`), cookie, tenant: w.other })).statusCode).toBe(401);
  });

  it('answers an id of another municipality exactly like an id that does not exist', async () => {
    const coachOfB = await w.otherCookie('coach');
    const foreign = await send(t, { method: 'GET', url: hh(), cookie: coachOfB, tenant: w.other });
    const unknown = await send(t, { method: 'GET', url: api(`/households/${newId()}`), cookie: coachOfB, tenant: w.other });
    const strip = (body: string) => ({ ...(JSON.parse(body) as object), instance: undefined });
    expect(foreign.statusCode).toBe(404);
    expect(strip(foreign.body)).toEqual(strip(unknown.body));
  });
});

describe('authorisation matrix', () => {
  it('has a row for every operation of the OpenAPI document, and none for operations that are gone', async () => {
    const documented = (await loadOperations(t)).map((o) => o.operationId);
    const missing = documented.filter((id) => !(id in rules));
    const stale = Object.keys(rules).filter((id) => !documented.includes(id));
    expect(missing.map((id) => `add an expectation for operationId ${id} to authorization-matrix.test.ts or testing/matrix/<feature>.ts`)).toEqual([]);
    expect(stale.map((id) => `operationId ${id} is no longer in the OpenAPI document: remove its row`)).toEqual([]);
  });

  for (const [operationId, rule] of Object.entries(rules)) {
    it(`${operationId}: ${summary(rule.expect)}`, async () => {
      const actual = {} as Expected;
      const leaks: string[] = [];
      for (const subject of SUBJECTS) {
        const response = await attempt(w, rule, subject);
        actual[subject] = response.statusCode;
        if (subject === 'other_tenant' && response.statusCode < 300) leaks.push(...w.markersOfA.filter((m) => response.body.includes(m)));
      }
      expect(actual, `statuses of ${operationId} (other tenant acts as ${otherRoleFor(rule)})`).toEqual(rule.expect);
      expect(leaks, `${operationId} showed tenant A's data to tenant B`).toEqual([]);
    });
  }
});

function summary(expected: Expected): string {
  const groups = new Map<number, Subject[]>();
  for (const subject of SUBJECTS) groups.set(expected[subject], [...(groups.get(expected[subject]) ?? []), subject]);
  return [...groups].map(([status, who]) => `${status} ${who.length > 4 ? `${who.length} subjects` : who.join('/')}`).join(', ');
}
