import { DIRECTORY_READERS, MODERATORS } from '../../features/directory/policy';
import { ok } from '../api-fixtures';
import { adminOnly, only, publicFor, uniqueSuffix, type MatrixEnv, type MatrixRules } from '../authorization-kit';

/**
 * The directory's rows. Fixtures of tenant A, made once when first needed: an organisation the
 * demo provider keeps, a public service of it, an informal entry of the demo host, a suggestion.
 */
interface DirectoryFixture {
  orgId: string;
  spareOrgId: string;
  serviceId: string;
  hostEntryId: string;
  suggestionId: string;
}

const api = (path: string) => `/api/v1${path}`;
let fixture: DirectoryFixture | null = null;

async function world(env: MatrixEnv): Promise<DirectoryFixture> {
  if (fixture) return fixture;
  const t = env.t(), w = env.w();
  const admin = w.cookies.admin;
  const providerId = w.userIds['provider@voorbeeld.nl']!;
  const org = await ok<{ id: string }>(t, { method: 'POST', url: api('/organizations'), cookie: admin, body: { name: `Matrix Stichting ${uniqueSuffix()}`, description: 'Voor de matrix' } });
  await ok(t, { method: 'PUT', url: api(`/organizations/${org.id}/members/${providerId}`), cookie: admin });
  const spare = await ok<{ id: string }>(t, { method: 'POST', url: api('/organizations'), cookie: admin, body: { name: `Matrix Reserve ${uniqueSuffix()}`, description: 'Voor de matrix' } });
  const service = await newService(env, org.id);
  const hostEntry = await ok<{ id: string }>(t, { method: 'POST', url: api('/services'), cookie: w.cookies.initiative_host, body: { kind: 'informal', name: 'Matrix buurtactiviteit', description: 'Een activiteit voor de matrix.', themes: ['ontmoeten'] } });
  await ok(t, { method: 'POST', url: api(`/public/services/${service}/change-suggestions`), body: { message: 'De tijden kloppen niet meer.' } });
  const suggestions = await ok<{ items: { id: string; serviceId: string }[] }>(t, { method: 'GET', url: api(`/change-suggestions?serviceId=${service}`), cookie: admin });
  fixture = { orgId: org.id, spareOrgId: spare.id, serviceId: service, hostEntryId: hostEntry.id, suggestionId: suggestions.items[0]!.id };
  return fixture;
}

async function newService(env: MatrixEnv, orgId: string): Promise<string> {
  const body = { kind: 'formal', organizationId: orgId, name: `Matrix dienst ${uniqueSuffix()}`, description: 'Een dienst voor de matrix.', themes: ['opvoeden'] };
  return (await ok<{ id: string }>(env.t(), { method: 'POST', url: api('/services'), cookie: env.w().cookies.admin, body })).id;
}

async function newLocation(env: MatrixEnv, orgId: string | null): Promise<string> {
  const body = { organizationId: orgId, name: `Matrix plek ${uniqueSuffix()}`, address: { address1: 'Matrixlaan 1', postalCode: '9999 ZZ', city: 'Voorbeeld' } };
  return (await ok<{ id: string }>(env.t(), { method: 'POST', url: api('/locations'), cookie: env.w().cookies.admin, body })).id;
}

/** A fresh proposal's confirmation token, read from the dev outbox of tenant A. */
async function proposalToken(env: MatrixEnv): Promise<string> {
  const t = env.t();
  const email = `matrix.${uniqueSuffix()}@example.nl`;
  await ok(t, { method: 'POST', url: api('/public/activity-proposals'), body: { name: 'Matrix voorstel', description: 'Een voorstel voor de matrix.', themes: ['ontmoeten'], proposerName: 'Matrix', proposerEmail: email } });
  const [mail] = await t.db.withTenant({ tenantId: t.tenant.id }, (sql) => sql.query<{ body_text: string }>('select body_text from outbox_messages where recipient = $1', [email]));
  return /token=([A-Za-z0-9_-]+)/.exec(mail!.body_text)![1]!;
}

const KEEPERS = ['admin', 'provider'] as const;
const readers = (ok: number, otherTenant: number) => only(DIRECTORY_READERS, ok, 403, otherTenant);

export const matrixRules: MatrixRules = (env) => ({
  searchPublicServices: { expect: publicFor(200), call: async () => ({ method: 'GET', url: api('/public/services?q=matrix') }) },
  getPublicService: { expect: publicFor(200, 404), call: async () => ({ method: 'GET', url: api(`/public/services/${(await world(env)).serviceId}`) }) },
  getServiceFilters: { expect: publicFor(200), call: async () => ({ method: 'GET', url: api('/public/service-filters') }) },
  proposeActivity: {
    expect: publicFor(202),
    call: async () => ({ method: 'POST', url: api('/public/activity-proposals'), body: { name: 'Matrix voorstel', description: 'Een voorstel voor de matrix.', themes: ['ontmoeten'], proposerName: 'Matrix', proposerEmail: 'matrix@example.nl' } }),
  },
  // Anyone with the link may confirm; at another municipality's address the token is unknown.
  confirmActivityProposal: { expect: publicFor(200, 404), call: async () => ({ method: 'POST', url: api('/public/activity-proposals/confirmations'), body: { token: await proposalToken(env) } }) },
  suggestServiceChange: { expect: publicFor(202, 404), call: async () => ({ method: 'POST', url: api(`/public/services/${(await world(env)).serviceId}/change-suggestions`), body: { message: 'De tijden kloppen niet meer.' } }) },

  searchServices: { expect: readers(200, 200), call: async () => ({ method: 'GET', url: api('/services?q=matrix') }) },
  getService: { expect: readers(200, 404), call: async () => ({ method: 'GET', url: api(`/services/${(await world(env)).serviceId}`) }) },
  createService: {
    // Tenant B's admin naming A's organisation: refused as an organisation that does not exist.
    expect: only(KEEPERS, 201, 403, 400), otherAs: 'admin',
    call: async () => ({ method: 'POST', url: api('/services'), body: { kind: 'formal', organizationId: (await world(env)).orgId, name: 'Matrix nieuw', description: 'Een nieuwe dienst voor de matrix.', themes: ['geld'] } }),
  },
  updateService: {
    expect: only(KEEPERS, 200, 403, 404), otherAs: 'admin',
    call: async () => ({ method: 'PATCH', url: api(`/services/${await newService(env, (await world(env)).orgId)}`), body: { description: 'Bijgewerkt door de matrix.' }, headers: { 'if-match': 'W/"1"' } }),
  },
  updateServiceCapacity: {
    expect: only(KEEPERS, 200, 403, 404), otherAs: 'admin',
    call: async () => ({ method: 'PUT', url: api(`/services/${(await world(env)).serviceId}/capacity`), body: { placesAvailable: 2, waitingWeeks: 4 } }),
  },
  moderateService: {
    expect: only(MODERATORS, 200, 403, 404),
    call: async () => ({ method: 'PUT', url: api(`/services/${(await world(env)).hostEntryId}/moderation`), body: { state: 'approved' } }),
  },
  confirmService: {
    expect: only(['admin', 'initiative_host'], 201, 403, 404), otherAs: 'admin',
    call: async () => ({ method: 'POST', url: api(`/services/${(await world(env)).hostEntryId}/confirmations`) }),
  },
  listServiceVersions: {
    expect: only([...KEEPERS, 'coach', 'team_lead'], 200, 403, 404), otherAs: 'admin',
    call: async () => ({ method: 'GET', url: api(`/services/${(await world(env)).serviceId}/versions`) }),
  },

  listOrganizations: { expect: readers(200, 200), call: async () => ({ method: 'GET', url: api('/organizations') }) },
  createOrganization: { expect: adminOnly(201, 201), call: async () => ({ method: 'POST', url: api('/organizations'), body: { name: `Matrix org ${uniqueSuffix()}`, description: 'Nieuw' } }) },
  getOrganization: { expect: readers(200, 404), call: async () => ({ method: 'GET', url: api(`/organizations/${(await world(env)).orgId}`) }) },
  updateOrganization: {
    expect: only(KEEPERS, 200, 403, 404), otherAs: 'admin',
    call: async () => {
      const { orgId } = await world(env);
      const current = await ok<{ version: number }>(env.t(), { method: 'GET', url: api(`/organizations/${orgId}`), cookie: env.w().cookies.admin });
      return { method: 'PATCH', url: api(`/organizations/${orgId}`), body: { description: 'Bijgewerkt door de matrix' }, headers: { 'if-match': `W/"${current.version}"` } };
    },
  },
  addOrganizationMember: { expect: adminOnly(200, 404), call: async () => ({ method: 'PUT', url: api(`/organizations/${(await world(env)).spareOrgId}/members/${env.w().userIds['provider@voorbeeld.nl']}`) }) },
  removeOrganizationMember: { expect: adminOnly(200, 404), call: async () => ({ method: 'DELETE', url: api(`/organizations/${(await world(env)).spareOrgId}/members/${env.w().userIds['provider@voorbeeld.nl']}`) }) },
  listLocations: { expect: readers(200, 200), call: async () => ({ method: 'GET', url: api('/locations') }) },
  createLocation: {
    expect: only(['admin', 'provider', 'initiative_host'], 201, 403, 201),
    call: async () => ({ method: 'POST', url: api('/locations'), body: { name: 'Matrix plek', address: { address1: 'Matrixlaan 2', postalCode: '9999ZZ', city: 'Voorbeeld' } } }),
  },
  updateLocation: {
    expect: only(KEEPERS, 200, 403, 404), otherAs: 'admin',
    call: async () => ({ method: 'PATCH', url: api(`/locations/${await newLocation(env, (await world(env)).orgId)}`), body: { name: 'Matrix plek bijgewerkt' }, headers: { 'if-match': 'W/"1"' } }),
  },
  getLocation: { expect: readers(200, 404), call: async () => ({ method: 'GET', url: api(`/locations/${await newLocation(env, (await world(env)).orgId)}`) }) },
  listLocationVersions: {
    expect: only([...KEEPERS, 'coach', 'team_lead'], 200, 403, 404), otherAs: 'admin',
    call: async () => ({ method: 'GET', url: api(`/locations/${await newLocation(env, (await world(env)).orgId)}/versions`) }),
  },
  addServiceAtLocation: {
    expect: only(KEEPERS, 200, 403, 404), otherAs: 'admin',
    call: async () => {
      const { orgId } = await world(env);
      return { method: 'PUT', url: api(`/locations/${await newLocation(env, orgId)}/services/${await newService(env, orgId)}`) };
    },
  },
  removeServiceAtLocation: {
    expect: only(KEEPERS, 200, 403, 404), otherAs: 'admin',
    call: async () => {
      const { orgId } = await world(env);
      const [location, service] = [await newLocation(env, orgId), await newService(env, orgId)];
      await ok(env.t(), { method: 'PUT', url: api(`/locations/${location}/services/${service}`), cookie: env.w().cookies.admin });
      return { method: 'DELETE', url: api(`/locations/${location}/services/${service}`) };
    },
  },
  proposeOwnActivity: {
    expect: only(['initiative_host'], 201, 403, 201),
    call: async () => ({ method: 'POST', url: api('/activity-proposals'), body: { name: 'Matrix eigen activiteit', description: 'Een eigen activiteit voor de matrix.', themes: ['ontmoeten'] } }),
  },
  listChangeSuggestions: { expect: only([...MODERATORS, 'provider', 'initiative_host'], 200, 403, 200), call: async () => ({ method: 'GET', url: api('/change-suggestions') }) },
  handleChangeSuggestion: {
    expect: only([...MODERATORS, 'provider'], 200, 403, 404),
    call: async () => ({ method: 'PATCH', url: api(`/change-suggestions/${(await world(env)).suggestionId}`), body: { status: 'done' } }),
  },
});
