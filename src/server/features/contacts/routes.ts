import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import { ContactInput, ContactView } from '../../../contracts/households';
import { withActor } from '../../platform/http/context';
import { decodeCursor } from '../../platform/pagination';
import { listContacts, logContact } from './contacts';

const HouseholdParams = z.strictObject({ householdId: Uuid });

export async function contactRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Contacts'];
  app.get('/api/v1/households/:householdId/contacts', { schema: { operationId: 'listContacts', tags, params: HouseholdParams, querystring: PageQuery, response: { 200: pageOf(ContactView) } } }, async (req) =>
    withActor(req, (sql, actor) => listContacts(sql, actor, req.params.householdId, decodeCursor(req.query.cursor, 2) as [string, string] | null, req.query.limit)),
  );
  app.post('/api/v1/households/:householdId/contacts', { schema: { operationId: 'logContact', tags, params: HouseholdParams, body: ContactInput, response: { 201: ContactView } } }, async (req, reply) => {
    const contact = await withActor(req, (sql, actor) => logContact(sql, actor, req.params.householdId, req.body));
    return reply.code(201).send(contact);
  });
}
