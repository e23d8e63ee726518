import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditEventQuery, AuditEventView } from '../../../contracts/audit';
import { pageOf } from '../../../contracts/common';
import { withActor } from '../../platform/http/context';
import { decodeCursor } from '../../platform/pagination';
import { csvHeader, csvLine, searchAuditEvents } from './search-audit-events';

const EXPORT_BATCH = 1000;

export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/audit-events', {
    schema: { operationId: 'searchAuditEvents', tags: ['Audit'], querystring: AuditEventQuery, response: { 200: pageOf(AuditEventView) } },
  }, async (req, reply) => {
    const { cursor, limit, format, ...filter } = req.query;
    const [before] = decodeCursor(cursor, 1) ?? [null];
    if (format === 'json') return withActor(req, (sql, actor) => searchAuditEvents(sql, actor, filter, before === null ? null : Number(before), limit));

    // CSV: the first batch checks access before anything is sent; later batches each use a short
    // transaction of their own, so no transaction stays open while the client reads.
    const first = await withActor(req, (sql, actor) => searchAuditEvents(sql, actor, filter, null, EXPORT_BATCH, true));
    const stream = new PassThrough();
    void (async () => {
      stream.write(`\ufeff${csvHeader()}`);
      let page = first;
      for (;;) {
        for (const event of page.items) stream.write(csvLine(event));
        const next = page.nextCursor ? (decodeCursor(page.nextCursor, 1)?.[0] as number) : null;
        if (next === null) break;
        page = await withActor(req, (sql, actor) => searchAuditEvents(sql, actor, filter, next, EXPORT_BATCH, true));
      }
      stream.end();
    })().catch((error: unknown) => stream.destroy(error as Error));
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`)
      // A stream skips the JSON serializer; the route's schema describes the JSON form.
      .send(stream as never);
  });
}
