import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, Uuid } from '../../../contracts/common';
import { NetworkTieInput, NetworkTieQuery, NetworkTieView, UpdateNetworkTieInput } from '../../../contracts/plans';
import { expectedVersion, sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { addNetworkTie } from './add-network-tie';
import { listNetworkTies } from './list-network-ties';
import { removeNetworkTie } from './remove-network-tie';
import { updateNetworkTie } from './update-network-tie';

const tags = ['Network'];
const HouseholdParams = z.strictObject({ householdId: Uuid });
const TieParams = z.strictObject({ householdId: Uuid, tieId: Uuid });
const base = '/api/v1/households/:householdId/network-ties';

export async function networkRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(base, { schema: { operationId: 'listNetworkTies', description: 'The household\'s network (ecomap): people around each member, the strength of the tie and the support they give.', tags, params: HouseholdParams, querystring: NetworkTieQuery, response: { 200: pageOf(NetworkTieView) } } }, async (req) =>
    withActor(req, (sql, actor) => listNetworkTies(sql, actor, req.params.householdId, req.query)),
  );

  app.post(base, { schema: { operationId: 'addNetworkTie', description: 'Adds someone from the network, tied to a member or to the whole household; meaningful adults are marked.', tags, params: HouseholdParams, body: NetworkTieInput, response: { 201: NetworkTieView } } }, async (req, reply) => {
    const tie = await withActor(req, (sql, actor) => addNetworkTie(sql, actor, req.params.householdId, req.body));
    sendVersion(reply, tie.version);
    return reply.code(201).send(tie);
  });

  app.patch(`${base}/:tieId`, { schema: { operationId: 'updateNetworkTie', description: 'Changes a tie. Send If-Match with its ETag.', tags, params: TieParams, body: UpdateNetworkTieInput, response: { 200: NetworkTieView } } }, async (req, reply) => {
    const tie = await withActor(req, (sql, actor) => updateNetworkTie(sql, actor, req.params.householdId, req.params.tieId, expectedVersion(req), req.body));
    sendVersion(reply, tie.version);
    return tie;
  });

  app.delete(`${base}/:tieId`, { schema: { operationId: 'removeNetworkTie', description: 'Removes a tie; with If-Match only the version that was seen.', tags, params: TieParams, response: { 204: z.null() } } }, async (req, reply) => {
    const expected = req.headers['if-match'] === undefined ? null : expectedVersion(req);
    await withActor(req, (sql, actor) => removeNetworkTie(sql, actor, req.params.householdId, req.params.tieId, expected));
    return reply.code(204).send(null);
  });
}
