import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../testing/test-app';

/** Test helpers for the directory: organisations, places and services made through the API. */
export function expectOk(response: LightMyRequestResponse, status = 200): Record<string, unknown> & { id: string; version: number } {
  if (response.statusCode !== status) throw new Error(`Expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response.json();
}

export async function makeOrganization(t: TestApp, admin: string, name: string, providerEmail?: string): Promise<string> {
  const org = expectOk(await t.request('POST', '/api/v1/organizations', { cookie: admin, body: { name, description: `${name}: hulp in de wijk` } }), 201);
  if (providerEmail) {
    const users = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ id: string }>('select id from users where email = $1', [providerEmail]));
    expectOk(await t.request('PUT', `/api/v1/organizations/${org.id}/members/${users[0]!.id}`, { cookie: admin }));
  }
  return org.id;
}

/** Gives a postcode a point (the local table the seed and the geocoder fill). */
export async function placePostcode(t: TestApp, postcode: string, latitude: number, longitude: number): Promise<void> {
  await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query(
    `insert into postcode_points (tenant_id, postcode, latitude, longitude, source) values (app_tenant_id(), $1, $2, $3, 'seed')
     on conflict (tenant_id, postcode) do update set latitude = excluded.latitude, longitude = excluded.longitude`, [postcode, latitude, longitude]));
}

export async function makeLocation(t: TestApp, cookie: string, organizationId: string | null, name: string, point: [number, number], postcode = '9999ZZ'): Promise<string> {
  const body = { organizationId, name, address: { address1: 'Dorpsstraat 1', postalCode: postcode, city: 'Voorbeeld' }, latitude: point[0], longitude: point[1] };
  return expectOk(await t.request('POST', '/api/v1/locations', { cookie, body }), 201).id;
}

export function serviceBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind: 'formal', name: 'Dienst', description: 'Een dienst voor gezinnen in de wijk.', themes: ['opvoeden'], ...overrides };
}

export async function makeService(t: TestApp, cookie: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  return expectOk(await t.request('POST', '/api/v1/services', { cookie, body: serviceBody(overrides) }), 201);
}

export const namesOf = (page: { items: { name: string }[] }): string[] => page.items.map((i) => i.name);
