import type { LightMyRequestResponse } from 'fastify';
import { createCaseFixture, freshIp, ok, registerTwoMemberHousehold, send, signInAt, type CaseFixture } from './api-fixtures';
import type { TestApp, TestTenant } from './test-app';

/**
 * The world the authorisation matrix runs in: tenant A with a signed-in session for each demo
 * role, the households and people the requests point at, and tenant B whose users try A's ids.
 */
export const ROLES = ['coach', 'specialist', 'team_lead', 'safety_officer', 'outreach', 'provider', 'signaller', 'initiative_host', 'analyst', 'admin', 'client'] as const;
export type Role = (typeof ROLES)[number];
export type Subject = Role | 'anonymous' | 'other_tenant';
export const SUBJECTS: readonly Subject[] = [...ROLES, 'anonymous', 'other_tenant'];

/** The expected HTTP status per subject. */
export type Expected = Record<Subject, number>;

export const emailOf = (role: Role): string => `${role}@voorbeeld.nl`;

/** Who sends a request and on whose behalf it was built. */
export interface Ctx {
  subject: Subject;
  /** The role whose realistic call this is: the subject, or for anonymous and other_tenant the role the rule mirrors. */
  role: Role;
  /** The subject's session (null for anonymous). */
  cookie: string | null;
  /** Another session of the subject's own user, at the subject's own municipality. */
  newSession(): Promise<string>;
  /** A session of `role`'s user in municipality A (for resources of A, such as a session id). */
  newSessionInA(): Promise<string>;
}

export interface Call {
  method: string;
  url: string;
  body?: unknown;
  payload?: string;
  headers?: Record<string, string>;
  /** Overrides the subject's session (e.g. a fresh one to sign out); null sends none. */
  cookie?: string | null;
}

export interface Rule {
  expect: Expected;
  call(ctx: Ctx): Promise<Call>;
  /** The role of tenant B that tries this call with A's ids (default: the first role the rule lets through). */
  otherAs?: Role;
}

/**
 * A feature may keep its matrix rows in `testing/matrix/<feature>.ts`, exporting
 * `matrixRules: MatrixRules`; the matrix test picks up every such file. The world exists only once
 * the test has started, hence the getters.
 */
export interface MatrixEnv {
  t(): TestApp;
  w(): World;
}
export type MatrixRules = (env: MatrixEnv) => Record<string, Rule>;

// ---------- expectations, one line per operation ----------

const statuses = (allowed: readonly Role[], ok: number, denied: number, anonymous: number, otherTenant: number): Expected =>
  Object.fromEntries([...ROLES.map((r) => [r, allowed.includes(r) ? ok : denied]), ['anonymous', anonymous], ['other_tenant', otherTenant]]) as Expected;

/** Needs no session at all. */
export const publicFor = (ok: number, otherTenant = ok): Expected => statuses(ROLES, ok, ok, ok, otherTenant);
/** Anyone signed in, for their own account. */
export const anySignedIn = (ok: number, otherTenant = ok): Expected => statuses(ROLES, ok, ok, 401, otherTenant);
/** Tenant administration. */
export const adminOnly = (ok: number, otherTenant: number): Expected => statuses(['admin'], ok, 403, 401, otherTenant);
/** Teams and districts: the organisation readers of admin/policy.ts. */
export const ORGANISATION_READERS: readonly Role[] = ['admin', 'team_lead', 'coach', 'specialist', 'safety_officer'];
export const organisationReaders = (ok: number, otherTenant: number): Expected => statuses(ORGANISATION_READERS, ok, 403, 401, otherTenant);
/**
 * The household fixture's case: its coordinator (coach), the specialist on its case team and the
 * team lead of its team. Everyone else gets the 404 of a household that does not exist.
 */
export const CASE_TEAM: readonly Role[] = ['coach', 'specialist', 'team_lead'];
export const caseRead = (ok: number): Expected => statuses(CASE_TEAM, ok, 404, 401, 404);
export const caseWrite = (ok: number): Expected => statuses(CASE_TEAM, ok, 404, 401, 404);
/** Coordinator or team lead only: the specialist on the case is refused (403), outsiders get 404. */
export const coordinatorOrLead = (ok: number): Expected => ({ ...statuses(['coach', 'team_lead'], ok, 404, 401, 404), specialist: 403 });
export const only = (allowed: readonly Role[], ok: number, denied: number, otherTenant: number): Expected => statuses(allowed, ok, denied, 401, otherTenant);

// ---------- the world ----------

export interface World {
  t: TestApp;
  other: TestTenant;
  /** A main session per role in tenant A; kept alive for the whole run. */
  cookies: Record<Role, string>;
  /** Main sessions in tenant B, signed in when first needed. */
  otherCookie(role: Role): Promise<string>;
  userIds: Record<string, string>;
  teams: { noord: string; zuid: string };
  district: { id: string; neighbourhoodId: string };
  /** Coordinated by the coach, with the specialist on the case team; Team Noord. */
  household: CaseFixture;
  /** A Team Zuid household nobody of the demo roles in Team Noord is related to (for break-the-glass). */
  zuidHousehold: CaseFixture;
  /** Two more active coaches of Team Noord, to hand over to and to put on the case team. */
  noordCoaches: [string, string];
  /** An invited user the matrix may change and reset freely. */
  spare: { id: string; email: string };
  /** Every id and name of tenant A that must never show up in an answer to tenant B. */
  markersOfA: string[];
}

let unique = 0;
export const uniqueSuffix = (): string => `${Date.now().toString(36)}${(unique++).toString(36)}`;

export async function buildWorld(t: TestApp, other: TestTenant): Promise<World> {
  const cookies = {} as Record<Role, string>;
  for (const role of ROLES) cookies[role] = await signInAt(t, emailOf(role));
  const otherCookies = new Map<Role, string>();
  const otherCookie = async (role: Role) => {
    if (!otherCookies.has(role)) otherCookies.set(role, await signInAt(t, emailOf(role), { tenant: other }));
    return otherCookies.get(role)!;
  };

  const users = await ok<{ items: { id: string; email: string }[] }>(t, { method: 'GET', url: '/api/v1/users?limit=100', cookie: cookies.admin });
  const userIds = Object.fromEntries(users.items.map((u) => [u.email, u.id]));
  const teamList = await ok<{ items: { id: string; name: string }[] }>(t, { method: 'GET', url: '/api/v1/teams', cookie: cookies.admin });
  const teams = { noord: teamList.items.find((i) => i.name === 'Team Noord')!.id, zuid: teamList.items.find((i) => i.name === 'Team Zuid')!.id };
  const districts = await ok<{ items: { id: string; neighbourhoods: { id: string }[] }[] }>(t, { method: 'GET', url: '/api/v1/districts', cookie: cookies.admin });
  const district = { id: districts.items[0]!.id, neighbourhoodId: districts.items[0]!.neighbourhoods[0]!.id };

  const household = await createCaseFixture(t, cookies.coach, 'Matrixhuis');
  await ok(t, { method: 'POST', url: `/api/v1/households/${household.householdId}/case-members`, cookie: cookies.coach, body: { userId: userIds[emailOf('specialist')], role: 'specialist' } });
  const zuidCoach = await signInAt(t, 'coach.zuid@voorbeeld.nl');
  const zuidHousehold = await createCaseFixture(t, zuidCoach, 'Zuidhof');

  const members = await ok<{ items: { id: string; roles: string[] }[] }>(t, { method: 'GET', url: `/api/v1/teams/${teams.noord}/members`, cookie: cookies.admin });
  const demoIds = new Set(ROLES.map((r) => userIds[emailOf(r)]));
  const coaches = members.items.filter((m) => m.roles.includes('coach') && !demoIds.has(m.id)).map((m) => m.id);
  if (coaches.length < 2) throw new Error('The seed has too few coaches in Team Noord');

  const spareEmail = `matrix.spare.${uniqueSuffix()}@voorbeeld.nl`;
  const spare = await ok<{ id: string }>(t, { method: 'POST', url: '/api/v1/users', cookie: cookies.admin, body: { email: spareEmail, displayName: 'Matrix Reserve', roles: ['coach'], teamIds: [teams.noord] } });

  const markersOfA = [
    t.tenant.id, t.tenant.slug, ...users.items.map((u) => u.id), teams.noord, teams.zuid, ...districts.items.map((d) => d.id),
    ...Object.values(household), ...Object.values(zuidHousehold), 'Matrixhuis', 'Zuidhof',
  ];
  return { t, other, cookies, otherCookie, userIds, teams, district, household, zuidHousehold, noordCoaches: [coaches[0]!, coaches[1]!], spare: { id: spare.id, email: spareEmail }, markersOfA };
}

/** The role of tenant B that tries a rule's call: the one named, or the first role the rule lets through in A. */
export function otherRoleFor(rule: Rule): Role {
  return rule.otherAs ?? ROLES.find((r) => rule.expect[r] < 300) ?? 'admin';
}

/** Builds and sends one rule's call as one subject; returns the answer. */
export async function attempt(world: World, rule: Rule, subject: Subject): Promise<LightMyRequestResponse> {
  const { t, other } = world;
  const role: Role = subject === 'anonymous' || subject === 'other_tenant' ? otherRoleFor(rule) : subject;
  const tenant = subject === 'other_tenant' ? other : t.tenant;
  const cookie = subject === 'anonymous' ? null : subject === 'other_tenant' ? await world.otherCookie(role) : world.cookies[role];
  const ctx: Ctx = {
    subject,
    role,
    cookie,
    async newSession() {
      if (subject === 'anonymous') throw new Error('An anonymous visitor has no session');
      return signInAt(t, emailOf(role), { tenant });
    },
    newSessionInA: () => signInAt(t, emailOf(role)),
  };
  const call = await rule.call(ctx);
  return send(t, { method: call.method, url: call.url, body: call.body, payload: call.payload, headers: call.headers, cookie: call.cookie === undefined ? cookie : call.cookie, tenant, ip: freshIp() });
}

/** A household of its own without a plan: the coach coordinates it, the specialist is on its case team. */
export async function createFreshCase(world: World): Promise<{ householdId: string }> {
  const fresh = await registerTwoMemberHousehold(world.t, world.cookies.coach, `Vers ${uniqueSuffix()}`);
  await ok(world.t, { method: 'POST', url: `/api/v1/households/${fresh.householdId}/case-members`, cookie: world.cookies.coach, body: { userId: world.userIds[emailOf('specialist')], role: 'specialist' } });
  return fresh;
}
