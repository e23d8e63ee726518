import type { LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD } from '../features/auth/public-tenant';
import { cookieFrom, type TestApp, type TestTenant } from './test-app';

/**
 * Requests with more control than `TestApp.request`: a raw payload and content type, and the
 * client's IP address (sign-in is rate-limited per address, so each caller gets its own).
 */
export interface RawRequest {
  method: string;
  url: string;
  cookie?: string | null;
  body?: unknown;
  payload?: string | Buffer;
  headers?: Record<string, string>;
  tenant?: TestTenant;
  ip?: string;
}

export function send(t: TestApp, request: RawRequest): Promise<LightMyRequestResponse> {
  const host = (request.tenant ?? t.tenant).host;
  const json = request.body !== undefined;
  return t.app.inject({
    method: request.method as 'GET',
    url: request.url,
    remoteAddress: request.ip ?? '127.0.0.1',
    headers: {
      host,
      origin: `http://${host}`,
      ...(request.cookie ? { cookie: request.cookie } : {}),
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...request.headers,
    },
    ...(json ? { payload: JSON.stringify(request.body) } : request.payload !== undefined ? { payload: request.payload } : {}),
  });
}

let ipCounter = 0;
/** A client address of its own, so rate limits of one caller never hit another. */
export const freshIp = (): string => `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter++ & 255}`;

export async function signInAt(t: TestApp, email: string, options: { tenant?: TestTenant; ip?: string } = {}): Promise<string> {
  const response = await send(t, { method: 'POST', url: '/api/v1/sessions', body: { email, password: DEMO_PASSWORD }, tenant: options.tenant, ip: options.ip ?? freshIp() });
  if (response.statusCode !== 201) throw new Error(`Sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  return cookieFrom(response);
}

/** Sends a request that must succeed, and returns its JSON body (or null). */
export async function ok<T = Record<string, unknown>>(t: TestApp, request: RawRequest): Promise<T> {
  const response = await send(t, { ...request, ip: request.ip ?? freshIp() });
  if (response.statusCode >= 300) throw new Error(`${request.method} ${request.url} answered ${response.statusCode}: ${response.body}`);
  return (response.body ? response.json() : null) as T;
}

/** The version in an ETag (`W/"3"`), for If-Match. */
export async function currentVersion(t: TestApp, cookie: string, url: string): Promise<string> {
  const response = await send(t, { method: 'GET', url, cookie, ip: freshIp() });
  const etag = response.headers.etag;
  if (response.statusCode !== 200 || typeof etag !== 'string') throw new Error(`GET ${url} gave ${response.statusCode} without ETag: ${response.body}`);
  return etag;
}

/** A valid BSN (11-proef) used by the fixtures; also the "BSN-like number" of the privacy tests. */
export const FIXTURE_BSN = '123456782';

export interface CaseFixture {
  householdId: string;
  parentId: string;
  childId: string;
  goalId: string;
  actionId: string;
  tieId: string;
  explorationId: string;
}

/** Registers a parent with a BSN and a child through intake; the coach becomes coordinator. No plan, story or network yet. */
export async function registerTwoMemberHousehold(t: TestApp, coachCookie: string, familyName: string): Promise<Pick<CaseFixture, 'householdId' | 'parentId' | 'childId'>> {
  const file = await ok<{ id: string; members: { id: string; role: string }[] }>(t, {
    method: 'POST', url: '/api/v1/households', cookie: coachCookie,
    body: {
      members: [
        { givenName: 'Ingrid', familyName, birthDate: '1984-05-06', role: 'parent', bsn: FIXTURE_BSN },
        { givenName: 'Daan', familyName, birthDate: '2012-10-11', role: 'child' },
      ],
      address: { street: 'Dorpsstraat', houseNumber: '3', postcode: '1234 AB', city: 'Voorbeeld' },
      acknowledgeDuplicates: true,
    },
  });
  return { householdId: file.id, parentId: file.members.find((m) => m.role === 'parent')!.id, childId: file.members.find((m) => m.role === 'child')!.id };
}

/**
 * A household registered through intake by `coachCookie` (who becomes its coordinator), with a
 * BSN on the parent, a story, a plan with a goal and an action, a network tie and an exploration.
 */
export async function createCaseFixture(t: TestApp, coachCookie: string, familyName = 'Fuzzelaar'): Promise<CaseFixture> {
  const { householdId, parentId, childId } = await registerTwoMemberHousehold(t, coachCookie, familyName);
  const url = `/api/v1/households/${householdId}`;
  await ok(t, { method: 'PUT', url: `${url}/story`, cookie: coachCookie, headers: { 'if-match': 'W/"0"' }, body: { story: 'Ons verhaal', goingWell: 'Sport', worries: 'Geld' } });
  const goal = await ok<{ id: string }>(t, { method: 'POST', url: `${url}/goals`, cookie: coachCookie, body: { personId: childId, domain: 'school_work', ownWords: 'Ik wil weer naar school' } });
  const action = await ok<{ id: string }>(t, { method: 'POST', url: `${url}/goals/${goal.id}/actions`, cookie: coachCookie, body: { description: 'Gesprek met mentor', ownerKind: 'family', ownerName: 'Ingrid' } });
  const tie = await ok<{ id: string }>(t, { method: 'POST', url: `${url}/network-ties`, cookie: coachCookie, body: { name: 'Oma Truus', kind: 'family', strength: 'strong', meaningfulAdult: true } });
  const exploration = await ok<{ id: string }>(t, { method: 'POST', url: `${url}/explorations`, cookie: coachCookie, body: { personId: childId, wishes: 'Voetballen', lenses: [{ lens: 'friends', helps: 'Vrienden' }] } });
  return { householdId, parentId, childId, goalId: goal.id, actionId: action.id, tieId: tie.id, explorationId: exploration.id };
}
