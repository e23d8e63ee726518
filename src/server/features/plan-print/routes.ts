import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Uuid } from '../../../contracts/common';
import { PlanPrintView } from '../../../contracts/plans';
import { withActor } from '../../platform/http/context';
import { planPrintView } from './print-view';

const PdfFile = z.string().meta({ format: 'binary', description: 'The plan as a PDF (A4, plain Dutch, selectable text)' });

/** Wants the print view's data rather than the PDF: asks for JSON and not for PDF first. */
const wantsJson = (accept: string | undefined): boolean => {
  const types = (accept ?? '').split(',').map((t) => t.split(';')[0]!.trim().toLowerCase());
  const json = types.indexOf('application/json');
  const pdf = types.indexOf('application/pdf');
  return json >= 0 && (pdf < 0 || json < pdf);
};

export async function planPrintRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/v1/households/:householdId/plan-document', {
    schema: {
      operationId: 'getPlanDocument', tags: ['Plans'], params: z.strictObject({ householdId: Uuid }),
      description: 'The printable plan: a PDF by default, or the print view\'s data with `Accept: application/json`.',
      response: { 200: { description: 'The printable plan', content: { 'application/pdf': { schema: PdfFile }, 'application/json': { schema: PlanPrintView } } } },
    },
  }, async (req, reply) => {
    const json = wantsJson(req.headers.accept);
    const view = await withActor(req, (sql, actor) => planPrintView(sql, actor, req.params.householdId, json ? 'json' : 'pdf'));
    void reply.header('Cache-Control', 'no-store').header('Vary', 'Accept');
    if (json) return reply.type('application/json').send(view);
    // pdfkit and its font metrics load on the first PDF, not at server start (decision 0017).
    const { renderPlanPdf } = await import('./plan-pdf');
    const pdf = await renderPlanPdf(view);
    const filename = `gezinsplan-${view.householdName.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.pdf`;
    // A Buffer is sent as it is (no serializer); the schema above only documents it as binary.
    return reply.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}"`).send(pdf as unknown as string);
  });
}
