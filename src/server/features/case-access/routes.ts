import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BreakGlassGrantView, BreakGlassInput, NotificationView } from '../../../contracts/cases';
import { pageOf, PageQuery } from '../../../contracts/common';
import { withActor } from '../../platform/http/context';
import { decodeCursor, toPage } from '../../platform/pagination';
import { breakTheGlass } from './break-the-glass';
import * as q from './queries';

export async function caseAccessRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Case access'];

  app.post('/api/v1/break-the-glass-grants', { schema: { operationId: 'breakTheGlass', tags, body: BreakGlassInput, response: { 201: BreakGlassGrantView } } }, async (req, reply) => {
    const grant = await withActor(req, (sql, actor) => breakTheGlass(sql, actor, fastify.services.mailer, req.body));
    return reply.code(201).send(grant);
  });

  app.get('/api/v1/notifications', { schema: { operationId: 'listMyNotifications', tags, querystring: PageQuery, response: { 200: pageOf(NotificationView) } } }, async (req) =>
    withActor(req, async (sql, actor) => {
      const [after] = decodeCursor(req.query.cursor, 1) ?? [null];
      const page = toPage(await q.notificationsOf(sql, actor.userId, after === null ? null : String(after), req.query.limit), req.query.limit, (r) => [r.id]);
      return {
        items: page.items.map((r) => ({ id: r.id, kind: r.kind, payload: r.payload, createdAt: new Date(r.created_at).toISOString(), readAt: r.read_at ? new Date(r.read_at).toISOString() : null })),
        nextCursor: page.nextCursor,
      };
    }),
  );
}
