import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import { DirectoryId, LocationDetail, LocationInput, LocationListQuery, LocationVersionView, LocationView, OrganizationInput, OrganizationListQuery, OrganizationView, UpdateLocationInput, UpdateOrganizationInput } from '../../../contracts/directory';
import { expectedVersion, sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { getLocation, listLocationVersions, setServiceAtLocation } from './location-services';
import { createLocation, listLocations, updateLocation } from './locations';
import { requireDirectoryReader } from './search-services';
import { createOrganization, getOrganization, listOrganizations, setOrganizationMember, updateOrganization } from './organizations';

const tags = ['Directory'];
const OrganizationParams = z.strictObject({ organizationId: DirectoryId });
const MemberParams = z.strictObject({ organizationId: DirectoryId, userId: Uuid });
const LocationParams = z.strictObject({ locationId: DirectoryId });
const LocationServiceParams = z.strictObject({ locationId: DirectoryId, serviceId: DirectoryId });

/** A new address's postcode is looked up (local table, else the geocoder) before the transaction, by a signed-in reader only. */
async function lookUpAddress(req: FastifyRequest, address: { postalCode: string } | undefined, explicit: boolean): Promise<void> {
  if (!address || explicit) return;
  await withActor(req, async (_sql, actor) => requireDirectoryReader(actor));
  await req.server.services.postcodes.lookUp(req.tenantId, address.postalCode);
}

export async function organizationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/organizations', { schema: { operationId: 'listOrganizations', tags, querystring: OrganizationListQuery, response: { 200: pageOf(OrganizationView) }, description: 'Organisations (aanbieders) by name; mine=true: the ones you keep.' } },
    async (req) => withActor(req, (sql, actor) => listOrganizations(sql, actor, req.query)));
  app.post('/api/v1/organizations', { schema: { operationId: 'createOrganization', tags, body: OrganizationInput, response: { 201: OrganizationView }, description: 'Adds an organisation (admin).' } },
    async (req, reply) => {
      const organization = await withActor(req, (sql, actor) => createOrganization(sql, actor, req.body));
      sendVersion(reply, organization.version);
      return reply.code(201).send(organization);
    });
  app.get('/api/v1/organizations/:organizationId', { schema: { operationId: 'getOrganization', tags, params: OrganizationParams, response: { 200: OrganizationView } } },
    async (req, reply) => {
      const organization = await withActor(req, (sql, actor) => getOrganization(sql, actor, req.params.organizationId));
      sendVersion(reply, organization.version);
      return organization;
    });
  app.patch('/api/v1/organizations/:organizationId', { schema: { operationId: 'updateOrganization', tags, params: OrganizationParams, body: UpdateOrganizationInput, response: { 200: OrganizationView }, description: 'Edits an organisation (admin or its providers). If-Match required.' } },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const organization = await withActor(req, (sql, actor) => updateOrganization(sql, actor, req.params.organizationId, expected, req.body));
      sendVersion(reply, organization.version);
      return organization;
    });
  app.put('/api/v1/organizations/:organizationId/members/:userId', { schema: { operationId: 'addOrganizationMember', tags, params: MemberParams, response: { 200: OrganizationView }, description: 'Lets a provider account keep this organisation\'s entries (admin).' } },
    async (req) => withActor(req, (sql, actor) => setOrganizationMember(sql, actor, req.params.organizationId, req.params.userId, true)));
  app.delete('/api/v1/organizations/:organizationId/members/:userId', { schema: { operationId: 'removeOrganizationMember', tags, params: MemberParams, response: { 200: OrganizationView }, description: 'Stops a provider account keeping this organisation (admin).' } },
    async (req) => withActor(req, (sql, actor) => setOrganizationMember(sql, actor, req.params.organizationId, req.params.userId, false)));

  app.get('/api/v1/locations', { schema: { operationId: 'listLocations', tags, querystring: LocationListQuery, response: { 200: pageOf(LocationView) }, description: 'Places where services are offered.' } },
    async (req) => withActor(req, (sql, actor) => listLocations(sql, actor, req.query)));
  app.post('/api/v1/locations', { schema: { operationId: 'createLocation', tags, body: LocationInput, response: { 201: LocationView }, description: 'Adds a place; without coordinates it takes those of its postcode (looked up if not known yet).' } },
    async (req, reply) => {
      await lookUpAddress(req, req.body.address, req.body.latitude !== null);
      const location = await withActor(req, (sql, actor) => createLocation(sql, actor, req.body));
      sendVersion(reply, location.version);
      return reply.code(201).send(location);
    });
  app.patch('/api/v1/locations/:locationId', { schema: { operationId: 'updateLocation', tags, params: LocationParams, body: UpdateLocationInput, response: { 200: LocationView }, description: 'Edits a place you keep. If-Match required (412 when someone saved in between). A new address without coordinates takes its postcode\'s.' } },
    async (req, reply) => {
      const expected = expectedVersion(req);
      await lookUpAddress(req, req.body.address, req.body.latitude !== undefined && req.body.latitude !== null);
      const location = await withActor(req, (sql, actor) => updateLocation(sql, actor, req.params.locationId, expected, req.body));
      sendVersion(reply, location.version);
      return location;
    });
  app.get('/api/v1/locations/:locationId', { schema: { operationId: 'getLocation', tags, params: LocationParams, response: { 200: LocationDetail }, description: 'A place, its version (ETag), whether you keep it, and the services offered there.' } },
    async (req, reply) => {
      const location = await withActor(req, (sql, actor) => getLocation(sql, actor, req.params.locationId));
      sendVersion(reply, location.version);
      return location;
    });
  app.get('/api/v1/locations/:locationId/versions', { schema: { operationId: 'listLocationVersions', tags, params: LocationParams, querystring: PageQuery, response: { 200: pageOf(LocationVersionView) }, description: 'Every version of a place, newest first, attributed.' } },
    async (req) => withActor(req, (sql, actor) => listLocationVersions(sql, actor, req.params.locationId, req.query)));
  app.put('/api/v1/locations/:locationId/services/:serviceId', { schema: { operationId: 'addServiceAtLocation', tags, params: LocationServiceParams, response: { 200: LocationDetail }, description: 'Offers a service you keep at a place you keep (service_at_location); a new version of the service.' } },
    async (req) => withActor(req, (sql, actor) => setServiceAtLocation(sql, actor, req.params.locationId, req.params.serviceId, true)));
  app.delete('/api/v1/locations/:locationId/services/:serviceId', { schema: { operationId: 'removeServiceAtLocation', tags, params: LocationServiceParams, response: { 200: LocationDetail }, description: 'Stops offering a service at a place (409 while it has opening times there).' } },
    async (req) => withActor(req, (sql, actor) => setServiceAtLocation(sql, actor, req.params.locationId, req.params.serviceId, false)));
}
