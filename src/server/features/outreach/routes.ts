import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, Uuid } from '../../../contracts/common';
import { OutreachLogInput, OutreachLogOptions, OutreachLogQuery, OutreachLogView } from '../../../contracts/outreach';
import { SendSignalInput, SentSignalView } from '../../../contracts/signals';
import { expectedVersion, sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { mapTiles } from '../../platform/map-tiles';
import { deleteOutreachLog, updateOutreachLog } from './change-outreach-log';
import { createOutreachLog } from './create-outreach-log';
import { getOutreachLog } from './get-outreach-log';
import { listOutreachLogs } from './list-outreach-logs';
import { outreachLogOptions } from './outreach-options';
import { sendSignalFromLog } from './send-log-signal';

const tags = ['Outreach'];
const path = '/api/v1/outreach-logs';
const LogParams = z.strictObject({ logId: Uuid });

export async function outreachRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { config, secretBox } = fastify.services;

  app.get(path, { schema: { operationId: 'listOutreachLogs', description: 'Outreach log entries: your own, and for a team lead the team\'s. Newest first; filter by neighbourhood, author and date.', tags, querystring: OutreachLogQuery, response: { 200: pageOf(OutreachLogView) } } }, async (req) =>
    withActor(req, (sql, actor) => listOutreachLogs(sql, actor, req.query)),
  );

  app.post(path, { schema: { operationId: 'createOutreachLog', description: 'Logs presence in the neighbourhood without a case. No personal data in the notes.', tags, body: OutreachLogInput, response: { 201: OutreachLogView } } }, async (req, reply) => {
    const log = await withActor(req, (sql, actor) => createOutreachLog(sql, actor, req.body));
    sendVersion(reply, log.version);
    return reply.code(201).send(log);
  });

  app.get('/api/v1/outreach-log-options', { schema: { operationId: 'getOutreachLogOptions', description: 'The neighbourhoods to choose from and the map tile address for the outreach log form.', tags, response: { 200: OutreachLogOptions } } }, async (req) =>
    withActor(req, (sql, actor) => outreachLogOptions(sql, actor, mapTiles(config))),
  );

  app.get(`${path}/:logId`, { schema: { operationId: 'getOutreachLog', description: 'One entry: your own, or for a team lead one of the team.', tags, params: LogParams, response: { 200: OutreachLogView } } }, async (req, reply) => {
    const log = await withActor(req, (sql, actor) => getOutreachLog(sql, actor, req.params.logId));
    sendVersion(reply, log.version);
    return log;
  });

  app.put(`${path}/:logId`, { schema: { operationId: 'updateOutreachLog', description: 'The author corrects an entry; send If-Match with its ETag.', tags, params: LogParams, body: OutreachLogInput, response: { 200: OutreachLogView } } }, async (req, reply) => {
    const expected = expectedVersion(req);
    const log = await withActor(req, (sql, actor) => updateOutreachLog(sql, actor, req.params.logId, expected, req.body));
    sendVersion(reply, log.version);
    return log;
  });

  app.delete(`${path}/:logId`, { schema: { operationId: 'deleteOutreachLog', description: 'The author removes an entry.', tags, params: LogParams, response: { 204: z.null() } } }, async (req, reply) => {
    await withActor(req, (sql, actor) => deleteOutreachLog(sql, actor, req.params.logId));
    return reply.code(204).send(null);
  });
  app.post(`${path}/:logId/signals`, { schema: { operationId: 'sendSignalFromOutreachLog', description: 'The author of an entry (an outreach worker) turns it into a signal; the entry keeps the signal\'s reference and status.', tags, params: LogParams, body: SendSignalInput, response: { 201: SentSignalView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => sendSignalFromLog(sql, actor, secretBox, req.params.logId, req.body))),
  );
}
